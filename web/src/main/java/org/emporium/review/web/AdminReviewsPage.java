package org.emporium.review.web;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emporium.account.web.CurrentUser;
import org.emporium.order.web.StaffScope;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.Feedback;
import org.emporium.review.Review;
import org.emporium.review.Reviews;
import org.emporium.platform.web.PagedRows;
import org.primefaces.model.LazyDataModel;

/**
 * 评价管理: reviews newest first in a lazy table — a merchant its own shop's, customer service and ADMIN every
 * shop's; the merchant replies once; customer service and ADMIN hide abusive ones (and show them again).
 */
@Named
@ViewScoped
public class AdminReviewsPage implements Serializable {

    @Inject
    transient Reviews reviews;

    @Inject
    transient StaffScope staffScope;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient FacesContext faces;

    private Long scope;
    private boolean allShops;
    private Boolean hidden;
    private Long productId;
    private final Map<Long, String> replies = new HashMap<>();
    private final Map<Long, String> hideReasons = new HashMap<>();

    private final LazyDataModel<Review> model = new PagedRows<>(() -> reviews.count(scope, productId, hidden),
            (first, pageSize) -> reviews.search(scope, productId, hidden, first, pageSize),
            review -> String.valueOf(review.getId()));

    public void open() throws IOException {
        if (faces.getResponseComplete()) {
            return;
        }
        try {
            scope = staffScope.orders();
        } catch (NotFoundException e) {
            faces.getExternalContext().responseSendError(403, "Forbidden");
            faces.responseComplete();
            return;
        }
        allShops = scope == null;
    }

    public void reply(long reviewId) {
        act(() -> reviews.reply(scope, reviewId, replies.remove(reviewId)), "review.replied");
    }

    public void hide(long reviewId) {
        act(() -> reviews.hide(reviewId, hideReasons.remove(reviewId), currentUser.getId()), "review.hidden");
    }

    public void show(long reviewId) {
        act(() -> reviews.show(reviewId), "review.shown");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Feedback.info(doneKey);
        } catch (BusinessRuleException e) {
            Feedback.error(e.code().equals("VALIDATION") ? "review.incomplete" : "rule." + e.code());
        } catch (EJBException e) {
            Feedback.error("order.changedMeanwhile");
        }
    }

    /** Customer service and ADMIN moderate; merchants only answer. */
    public boolean isModerator() {
        return faces.getExternalContext().isUserInRole("ADMIN") || faces.getExternalContext().isUserInRole("SERVICE");
    }

    public LazyDataModel<Review> getModel() {
        return model;
    }

    public boolean isAllShops() {
        return allShops;
    }

    public Boolean getHidden() {
        return hidden;
    }

    public void setHidden(Boolean hidden) {
        this.hidden = hidden;
    }

    public Long getProductId() {
        return productId;
    }

    public void setProductId(Long productId) {
        this.productId = productId;
    }

    public Map<Long, String> getReplies() {
        return replies;
    }

    public Map<Long, String> getHideReasons() {
        return hideReasons;
    }
}
