package org.kitabruecke.e2e;

import java.util.stream.Collectors;
import org.springframework.boot.test.system.CapturedOutput;

/** What the portal logged: the captured output without the lines of the tests' own mail server (GreenMail). */
final class LogLines {

    private LogLines() {
    }

    static String ofThePortal(CapturedOutput output) {
        // GreenMail runs in the test JVM and logs every mailbox it creates, with the address; it is not the portal
        return output.getAll().lines().filter(line -> !line.contains("c.icegreen.greenmail")
                && !line.contains("com.icegreen.greenmail")).collect(Collectors.joining("\n"));
    }
}
