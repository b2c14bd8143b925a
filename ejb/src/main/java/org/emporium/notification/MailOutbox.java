package org.emporium.notification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mail outbox and its delivery over SMTP (Jakarta Mail). The server comes from configuration:
 * {@code EMPORIUM_SMTP_HOST} (unset: mail is switched off and mails are marked NOT_SENT), {@code _PORT},
 * {@code _USER}, {@code _PASSWORD}, {@code _STARTTLS}, and the sender {@code EMPORIUM_MAIL_FROM}.
 */
@Stateless
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());
    private static final int MAX_ATTEMPTS = 12;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "EMPORIUM_SMTP_HOST")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "EMPORIUM_SMTP_PORT", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "EMPORIUM_SMTP_USER")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "EMPORIUM_SMTP_PASSWORD")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "EMPORIUM_SMTP_STARTTLS", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "EMPORIUM_MAIL_FROM", defaultValue = "Emporium <no-reply@emporium.local>")
    String from;

    @Inject
    @ConfigProperty(name = "EMPORIUM_BASE_URL", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** The shop's public address of a page, for links in mails: {@code path} starts with a slash. */
    public String link(String path) {
        return baseUrl.replaceAll("/+$", "") + path;
    }

    /** Puts a mail in the outbox, once per topic and recipient; returns false if it was there already. */
    public boolean enqueue(String recipient, String subject, String html, String text, String topic) {
        long existing = em.createNamedQuery("OutgoingMail.countTopic", Long.class).setParameter("topic", topic)
                .setParameter("recipient", recipient).getSingleResult();
        if (existing > 0) {
            return false;
        }
        em.persist(new OutgoingMail(recipient, subject, html, text, topic, clock.instant()));
        return true;
    }

    public List<Long> due(int max) {
        return em.createNamedQuery("OutgoingMail.due", Long.class).setParameter("now", clock.instant())
                .setParameter("pending", OutgoingMail.Status.PENDING)
                .setMaxResults(max).getResultList();
    }

    /** Sends one due mail in its own transaction; the row lock keeps two nodes from sending it twice. */
    public void send(long mailId) {
        OutgoingMail mail = em.find(OutgoingMail.class, mailId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (mail == null || mail.getStatus() != OutgoingMail.Status.PENDING) {
            return;
        }
        if (host.isEmpty() || host.get().isBlank()) {
            mail.notSent("mail is switched off (EMPORIUM_SMTP_HOST is not set)");
            return;
        }
        try {
            Transport.send(message(mail, now));
            mail.sent(now);
        } catch (MessagingException | UnsupportedEncodingException e) {
            LOG.warning("Mail " + mailId + " to the SMTP server " + host.get() + ":" + port + " failed: " + e);
            long pause = Math.min(3600, 5L << Math.min(mail.getAttempts(), 10));
            mail.failed(e.toString(), now.plusSeconds(pause), MAX_ATTEMPTS);
        }
    }

    private MimeMessage message(OutgoingMail mail, Instant now) throws MessagingException,
            UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(session());
        message.setFrom(new InternetAddress(from));
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient()));
        message.setSubject(mail.getSubject(), "UTF-8");
        message.setSentDate(Date.from(now));
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.getTextBody(), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(mail.getHtmlBody(), "text/html; charset=UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        return message;
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.orElseThrow());
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "20000");
        properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        properties.put("mail.smtp.starttls.required", Boolean.toString(startTls));
        if (user.isPresent() && !user.get().isBlank()) {
            properties.put("mail.smtp.auth", "true");
            String name = user.get();
            String secret = password.orElse("");
            return Session.getInstance(properties, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(name, secret);
                }
            });
        }
        return Session.getInstance(properties);
    }
}
