package com.assisto.application.warning;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.logging.Logger;

/** Sends plain-text mail through the server's mail session, which ops point at the company's SMTP server. */
@Stateless
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Resource(lookup = "mail/assisto")
    private Session session;

    /** Sends one message to all the addresses; a failure is reported to the caller. */
    public void send(List<String> to, String subject, String text) throws MessagingException {
        if (to.isEmpty()) {
            return;
        }
        MimeMessage message = new MimeMessage(session);
        if (session.getProperty("mail.from") != null) {
            message.setFrom(new InternetAddress(session.getProperty("mail.from")));
        } else {
            message.setFrom();
        }
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(String.join(",", to)));
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        Transport.send(message);
        LOG.info(() -> "Mailed '" + subject + "' to " + to);
    }
}
