package org.kitabruecke.notification.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The team's shared mailbox ({@code kitabruecke.team.mailbox}; empty: no team mails) and the links its mails carry.
 * Team mails are in German, the team's language, and name no family: they leave the portal for a mail server, where
 * nothing about a child's family belongs. The link opens the request only after a staff login.
 */
@Component
class TeamMailbox {

    /** The staff page of one request ({@code inbox/ui/RequestView}); proven by UrgentAlertE2ETest. */
    private static final String REQUEST_PATH = "/staff/request/";
    private static final String INBOX_PATH = "/staff";

    private final JavaMailSender mail;
    private final String from;
    private final String address;
    private final String publicUrl;

    TeamMailbox(JavaMailSender mail, @Value("${kitabruecke.mail.from}") String from,
                @Value("${kitabruecke.team.mailbox:}") String address,
                @Value("${kitabruecke.public-url}") String publicUrl) {
        this.mail = mail;
        this.from = from;
        this.address = address.strip();
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    boolean isOn() {
        return !address.isEmpty();
    }

    String requestLink(long requestId) {
        return publicUrl + REQUEST_PATH + requestId;
    }

    String inboxLink() {
        return publicUrl + INBOX_PATH;
    }

    void send(String subject, String body) {
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(address);
        message.setSubject(subject);
        message.setText(body);
        mail.send(message);
    }
}
