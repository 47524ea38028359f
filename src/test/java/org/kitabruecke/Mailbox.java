package org.kitabruecke;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;

/**
 * A real SMTP server in the test JVM (GreenMail, on the port the test configuration points the portal at) and
 * what tests read from the mails it received: by recipient, text part, attached calendar file. Integration tests get
 * one per class with {@link WithMailbox}; browser tests start their own.
 */
public final class Mailbox implements AutoCloseable {

    private GreenMail smtp;

    public Mailbox() {
        smtp = start();
    }

    private static GreenMail start() {
        var server = new GreenMail(ServerSetupTest.SMTP);
        server.start();
        return server;
    }

    /** The mail server goes down, as in an outage. */
    public void stop() {
        smtp.stop();
    }

    /** ... and comes back. */
    public void restart() {
        smtp = start();
    }

    @Override
    public void close() {
        smtp.stop();
    }

    /** Running and empty, as a new one: what each test of a {@link WithMailbox} class begins with. */
    void readyForNextTest() throws FolderException {
        if (!smtp.isRunning()) {
            restart();
        }
        smtp.purgeEmailFromAllMailboxes();
    }

    /**
     * Asserts what must still hold of the received mails once the portal has sent everything it was going to: call
     * it after the mails in question were handed to the server or given up on, i.e. after
     * {@link Outbox#awaitSettled} for their events.
     *
     * <p>Why not a control mail through the outbox: its listeners run on a pool of threads, so a mail sent through
     * it after the action may well arrive before the action's own and prove nothing. The order comes from the
     * outbox's registry instead: once an event's entry is completed, its listener has returned, and the mail
     * sender hands a mail to the server before it returns. The control mail, sent straight to this server after
     * that, then shows that the server was up and taking mail all along (a check against a server that is down passes
     * for the wrong reason), and by the time it is in, whatever was sent before it is in too.
     */
    public void assertNothingElseArrives(Runnable stillTrue) {
        String control = "control-" + UUID.randomUUID() + "@example.org";
        GreenMailUtil.sendTextEmail(control, "tests@example.org", "control", "nothing else was sent before this",
                ServerSetupTest.SMTP);
        awaitMails(control, 1);
        stillTrue.run();
    }

    /** Every mail received so far whose text mentions {@code content}, e.g. a booking code. */
    public List<MimeMessage> mailsMentioning(String content) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return text(message).contains(content);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    public List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    /** Waits until {@code count} mails have come for the address, and returns them in order. */
    public List<MimeMessage> awaitMails(String address, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(address).size() >= count);
        return mailsTo(address);
    }

    /** The plain text of a mail, whether it is a simple or a multipart one. */
    public static String text(MimeMessage message) throws Exception {
        if (message.getContent() instanceof String text) {
            return text;
        }
        for (BodyPart part : parts((MimeMultipart) message.getContent())) {
            if (part.getContentType().startsWith("text/plain")) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no text part");
    }

    /** The attached calendar file, parsed by ical4j (a calendar parser has to accept it). */
    public static Calendar calendar(MimeMessage message) throws Exception {
        return new CalendarBuilder().build(new StringReader(calendarText(message)));
    }

    /** The attached calendar file as sent. */
    public static String calendarText(MimeMessage message) throws Exception {
        for (BodyPart part : parts((MimeMultipart) message.getContent())) {
            if (part.getContentType().startsWith("text/calendar")) {
                return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no calendar file attached");
    }

    private static List<BodyPart> parts(MimeMultipart multipart) throws Exception {
        List<BodyPart> parts = new ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof MimeMultipart nested) {
                parts.addAll(parts(nested));
            } else {
                parts.add(part);
            }
        }
        return parts;
    }
}
