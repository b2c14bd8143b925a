package org.emporium.message.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.emporium.account.web.CurrentUser;
import org.emporium.message.Messages;

/** The unread count shown next to the envelope (storefront) or the bell (back office). */
@Named
@RequestScoped
public class Inbox {

    @Inject
    Messages messages;

    @Inject
    CurrentUser currentUser;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = currentUser.isSignedIn() ? messages.unread(currentUser.getId()) : 0L;
        }
        return unread;
    }
}
