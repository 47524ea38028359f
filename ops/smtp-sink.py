#!/usr/bin/env python3
"""A loopback SMTP sink for ops/cluster.sh: accepts every mail and stores it as one .eml file, nothing is sent on.

Usage: smtp-sink.py PORT DIRECTORY. Python standard library only (smtpd is gone from 3.12, so the little SMTP
dialogue is written out here). Each accepted DATA becomes DIRECTORY/<time>-<n>.eml; the drill counts them per
booking code. No TLS, no authentication: loopback only.
"""
import os
import socketserver
import sys
import threading
import time

PORT = int(sys.argv[1])
DIRECTORY = sys.argv[2]
COUNTER = iter(range(1, 1 << 62))
LOCK = threading.Lock()


class Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode("ascii"))
        self.wfile.flush()

    def handle(self):
        self.reply("220 kb-sink ESMTP")
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            command = raw.decode("ascii", "replace").strip()
            verb = command[:4].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250-kb-sink" if verb == "EHLO" else "250 kb-sink")
                if verb == "EHLO":
                    self.reply("250-8BITMIME")
                    self.reply("250 SMTPUTF8")
            elif verb == "DATA":
                self.reply("354 end with <CRLF>.<CRLF>")
                lines = []
                while True:
                    line = self.rfile.readline()
                    if not line or line in (b".\r\n", b".\n"):
                        break
                    lines.append(line[1:] if line.startswith(b"..") else line)
                with LOCK:
                    n = next(COUNTER)
                name = os.path.join(DIRECTORY, "%d-%06d.eml" % (time.time_ns(), n))
                with open(name + ".part", "wb") as out:
                    out.writelines(lines)
                os.rename(name + ".part", name)
                self.reply("250 queued as %d" % n)
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            elif verb in ("MAIL", "RCPT", "RSET", "NOOP"):
                self.reply("250 ok")
            else:
                self.reply("502 not implemented")


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


if __name__ == "__main__":
    os.makedirs(DIRECTORY, exist_ok=True)
    with Server(("127.0.0.1", PORT), Session) as server:
        server.serve_forever()
