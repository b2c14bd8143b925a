package org.emporium.order.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.emporium.platform.web.Feedback;

/** Words for an order's codes on pages: the reason of a status change ("buyer-cancelled" → 买家取消). */
@Named
@RequestScoped
public class OrderTexts {

    /** The reason's words from the bundle (order.reason.CODE), else the reason as recorded. */
    public String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            return "";
        }
        String key = "order.reason." + reason;
        String text = Feedback.text(key);
        return key.equals(text) ? reason : text;
    }
}
