package org.emporium.testing;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server for a test class (GreenMail on a free port, one for the whole class): register it with
 * {@code @RegisterExtension}, put {@link #config()} into the deployment's configuration, and read what the shop
 * sent.
 */
public final class Mailbox extends GreenMailExtension {

    private final int port;

    private Mailbox(int port) {
        super(new ServerSetup(port, "127.0.0.1", "smtp"));
        withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        withPerMethodLifecycle(false);
        this.port = port;
    }

    public static Mailbox onFreePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return new Mailbox(socket.getLocalPort());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shop's configuration lines that send its mail here. */
    public String config() {
        return "EMPORIUM_SMTP_HOST=127.0.0.1\nEMPORIUM_SMTP_PORT=" + port + "\n";
    }

    /** Every mail received for {@code email} so far. */
    public List<MimeMessage> to(String email) {
        return Arrays.stream(getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(email));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    /** Waits until at least {@code count} mails have arrived for {@code email}, then returns them all. */
    public List<MimeMessage> await(String email, int count) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> to(email).size() >= count);
        return to(email);
    }

    /** The mail's plain-text part, decoded (the shop sends text and HTML alternatives in UTF-8). */
    public static String plainText(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof MimeMultipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    if (parts.getBodyPart(i).isMimeType("text/plain")) {
                        return parts.getBodyPart(i).getContent().toString();
                    }
                }
            }
            return content.toString();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
