package org.kitabruecke.notification.internal;

import org.kitabruecke.notification.ReplyTexts;
import org.kitabruecke.request.ReplyRequested;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends a social worker's answer ({@link ReplyTexts}: the family's language, code, team phone, partner service)
 * after the commit, once ({@link SentMails}); a failure leaves the event in the publication registry for
 * {@link MailRetry}.
 */
@Component
class ReplyMail {

    private final ReplyTexts texts;
    private final SentMails sent;
    private final JavaMailSender mail;
    private final String from;

    ReplyMail(ReplyTexts texts, SentMails sent, JavaMailSender mail, @Value("${kitabruecke.mail.from}") String from) {
        this.texts = texts;
        this.sent = sent;
        this.mail = mail;
        this.from = from;
    }

    @ApplicationModuleListener
    void on(ReplyRequested reply) {
        texts.of(reply.requestId(), reply.template(), reply.partnerServiceId()).ifPresent(text -> {
            if (!sent.take(MailSubject.of(reply).key())) {
                return;
            }
            var message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(text.to());
            message.setSubject(text.subject());
            message.setText(text.body());
            mail.send(message);
        });
    }
}
