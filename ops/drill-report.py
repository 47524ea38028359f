#!/usr/bin/env python3
"""Turns the drill's tab-separated figures (target/drill/cluster.tsv, single.tsv) into a dated Markdown section."""
import datetime
import os
import sys

out, parents, browsers = sys.argv[1], sys.argv[2], sys.argv[3]
runs = {}
for label in ("cluster", "single"):
    path = os.path.join(out, label + ".tsv")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            runs[label] = [line.rstrip("\n").split("\t")[1:] for line in f if line.strip()]

now = datetime.datetime.now(datetime.timezone.utc)
print("## Booking drill, %s UTC (ops/drill.sh)" % now.strftime("%Y-%m-%d %H:%M"))
print()
print("%s parents book the open consultation hour in headless Chromium (%s browsers at once, Debian's Chromium),"
      % (parents, browsers))
print("each from an address of its own (X-Forwarded-For), all on this 2-core machine together with the servers.")
print("**cluster**: HAProxy (sticky cookie) -> 2 portal nodes -> 3-node MariaDB 10.11 Galera cluster (Connector/J")
print("sequential URL); phases: steady, `kill -9` of db1, then `kill -9` of portal2, then both started again.")
print("**single**: 1 portal node on 1 plain MariaDB 10.11, no HAProxy (the baseline). Times are a parent's whole")
print("visit (open the page to the confirmation, including the browser's bot-check puzzle and any \"time taken,")
print("choose another\"); restarts = a parent started over after the page stopped answering.")
print()
print("| run | phase | parents | booked | not booked | seconds | bookings/min | p50 s | p95 s | restarts | times taken |")
print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for label, lines in runs.items():
    for line in lines:
        if line[0] == "row" and line[1] != "phase":
            print("| %s | %s | %s |" % (label, line[1], " | ".join(line[2:])))
print()
names = []
for lines in runs.values():
    for line in lines:
        if line[0] == "check" and line[1] not in names:
            names.append(line[1])
labels = list(runs)
print("| check | " + " | ".join(labels) + " |")
print("|---|" + "---|" * len(labels))
for name in names:
    values = []
    for label in labels:
        found = [line[2] for line in runs[label] if line[0] == "check" and line[1] == name]
        values.append(found[0] if found else "")
    print("| %s | %s |" % (name, " | ".join(values)))
