package org.emporium.message.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.emporium.account.web.CurrentUser;
import org.emporium.message.Message;
import org.emporium.message.MessageKind;
import org.emporium.message.Messages;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.Feedback;

/**
 * 站内信: the signed-in person's inbox, newest first, each message written in the reader's language from the
 * bundle keys message.KIND.title / message.KIND.body with the message's parameters. Used by the storefront's
 * /account/messages.xhtml and the back office's /admin/messages.xhtml.
 */
@Named
@ViewScoped
public class MessagesPage implements Serializable {

    static final int PAGE = 30;

    @Inject
    transient Messages messages;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient FacesContext faces;

    private List<Message> shown = new ArrayList<>();
    private boolean more;
    private long unread;

    public void open() {
        if (faces.getResponseComplete()) {
            return;
        }
        reload(PAGE);
    }

    private void reload(int count) {
        long me = currentUser.getId();
        List<Message> page = messages.inbox(me, 0, count + 1);
        more = page.size() > count;
        shown = new ArrayList<>(page.subList(0, Math.min(count, page.size())));
        unread = messages.unread(me);
    }

    public void showMore() {
        reload(shown.size() + PAGE);
    }

    public void markRead(long messageId) {
        try {
            messages.markRead(currentUser.getId(), messageId);
        } catch (NotFoundException e) {
            // gone or not the reader's: nothing to mark
        }
        reload(Math.max(PAGE, shown.size()));
    }

    public void markAllRead() {
        messages.markAllRead(currentUser.getId());
        Feedback.info("messages.allRead");
        reload(Math.max(PAGE, shown.size()));
    }

    /** Marks the message read and goes to what it is about (only paths inside the shop). */
    public void follow(long messageId) throws IOException {
        Message message = shown.stream().filter(m -> m.getId() == messageId).findFirst().orElse(null);
        if (message == null) {
            return;
        }
        try {
            messages.markRead(currentUser.getId(), messageId);
        } catch (NotFoundException e) {
            return;
        }
        String link = safeLink(message.getLink());
        if (link == null) {
            reload(Math.max(PAGE, shown.size()));
            return;
        }
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + link);
    }

    /** A link inside the shop ("/account/order.xhtml?no=…"), never another host. */
    static String safeLink(String link) {
        if (link == null || !link.startsWith("/") || link.startsWith("//") || link.contains("\\")
                || link.contains("://")) {
            return null;
        }
        return link;
    }

    public String title(Message message) {
        return Feedback.text("message." + message.getKind().name() + ".title", args(message));
    }

    public String body(Message message) {
        return Feedback.text("message." + message.getKind().name() + ".body", args(message));
    }

    /** The parameters as the bundle text uses them; a reason, carrier or tracking event code becomes its words. */
    static Object[] argsOf(MessageKind kind, List<String> params, java.util.function.UnaryOperator<String> words) {
        Object[] args = params.toArray();
        if (kind == MessageKind.ORDER_CANCELLED && args.length > 1 && args[1] != null) {
            args[1] = reason(words, args[1].toString());
        }
        if (kind == MessageKind.REFUNDED && args.length > 2 && args[2] != null) {
            args[2] = reason(words, args[2].toString());
        }
        if (kind == MessageKind.ORDER_SHIPPED && args.length > 1 && args[1] != null) {
            args[1] = wordsOr(words, "carrier.", args[1].toString());
        }
        if (kind == MessageKind.PARCEL_TRACKED && args.length > 1 && args[1] != null) {
            args[1] = wordsOr(words, "tracking.", args[1].toString());
        }
        if (kind == MessageKind.AFTER_SALES && args.length > 3) {
            args[2] = wordsOr(words, "aftersales.action.", String.valueOf(args[2]));
            args[3] = wordsOr(words, "aftersales.status.", String.valueOf(args[3]));
        }
        if (kind == MessageKind.COMPLAINT_ANSWERED && args.length > 1) {
            args[1] = wordsOr(words, "complaint.status.", String.valueOf(args[1]));
        }
        return args;
    }

    /** A reason code's words; a reason staff typed themselves stays as typed. */
    private static String reason(java.util.function.UnaryOperator<String> words, String code) {
        return wordsOr(words, "order.reason.", code);
    }

    /** The words for prefix + code; the code itself when the bundle has no such key. */
    private static String wordsOr(java.util.function.UnaryOperator<String> words, String prefix, String code) {
        String key = prefix + code;
        String text = words.apply(key);
        return key.equals(text) ? code : text;
    }

    private static Object[] args(Message message) {
        return argsOf(message.getKind(), message.getParams(), Feedback::text);
    }

    public boolean hasLink(Message message) {
        return safeLink(message.getLink()) != null;
    }

    public List<Message> getShown() {
        return shown;
    }

    public boolean isMore() {
        return more;
    }

    public long getUnread() {
        return unread;
    }
}
