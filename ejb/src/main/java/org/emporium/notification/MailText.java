package org.emporium.notification;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.emporium.account.Account;

/**
 * One email being written, as HTML and as plain text side by side, in the recipient's language (Chinese unless
 * their profile says English), with its sentences from the mail bundle. Everything put in is escaped for HTML.
 */
final class MailText {

    static final String BUNDLE = "org.emporium.notification.Mail";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final StringBuilder html = new StringBuilder();
    private final StringBuilder plain = new StringBuilder();

    private MailText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
        html.append("<!DOCTYPE html><html lang=\"").append(locale.toLanguageTag())
                .append("\"><body style=\"font-family:sans-serif;color:#222\">");
    }

    static MailText to(Account recipient) {
        String tag = recipient.getLocale();
        return new MailText(tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
    }

    Locale locale() {
        return locale;
    }

    boolean english() {
        return locale == Locale.ENGLISH;
    }

    /** A sentence from the bundle, its {0}… filled in; the key itself if the bundle lacks it. */
    String get(String key, Object... params) {
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
    }

    /** A block of text in both bodies: {@code tag} is the HTML element (p, h3…). */
    MailText block(String tag, String text) {
        html.append('<').append(tag).append('>').append(escape(text)).append("</").append(tag).append('>');
        plain.append(text).append("\n\n");
        return this;
    }

    MailText link(String url, String label) {
        html.append("<p><a href=\"").append(escape(url)).append("\">").append(escape(label)).append("</a></p>");
        plain.append(label).append(": ").append(url).append("\n\n");
        return this;
    }

    /** Rows of cells: a table in HTML, indented lines in plain text. Cells after the first align right. */
    MailText table(List<List<String>> rows) {
        html.append("<table style=\"border-collapse:collapse\" cellpadding=\"4\">");
        for (List<String> row : rows) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                html.append(i == 0 ? "<td>" : "<td style=\"text-align:right\">").append(escape(row.get(i)))
                        .append("</td>");
            }
            html.append("</tr>");
            plain.append("  ").append(String.join("  ", row)).append('\n');
        }
        html.append("</table>");
        plain.append('\n');
        return this;
    }

    String html() {
        return html + "</body></html>";
    }

    String plain() {
        return plain.toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
