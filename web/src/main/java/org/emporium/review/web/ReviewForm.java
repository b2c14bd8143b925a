package org.emporium.review.web;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.emporium.account.web.CurrentUser;
import org.emporium.catalog.web.ShopperPhotos;
import org.emporium.order.Order;
import org.emporium.order.OrderLine;
import org.emporium.order.OrderService;
import org.emporium.order.OrderStatus;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.web.Feedback;
import org.emporium.review.Review;
import org.emporium.review.ReviewDraft;
import org.emporium.review.Reviews;
import org.primefaces.event.FileUploadEvent;

/**
 * 评价晒单: the buyer of a completed order rates one line — stars, words, up to nine photos — then may change it
 * once and add a follow-up (追评). The merchant's reply shows here too.
 */
@Named
@ViewScoped
public class ReviewForm implements Serializable {

    static final int MAX_PHOTOS = 9;

    @Inject
    transient OrderService orders;

    @Inject
    transient Reviews reviews;

    @Inject
    transient ShopperPhotos shopperPhotos;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient FacesContext faces;

    private String orderNo;
    private int lineNo = 1;
    private Order order;
    private Review review;
    private Integer rating = 5;
    private String content;
    private final List<String> photos = new ArrayList<>();
    private String followUp;

    /** f:viewAction: only a line of the buyer's own order; another's is "not found". */
    public void load() throws IOException {
        try {
            order = orders.buyerOrder(currentUser.getId(), orderNo);
        } catch (NotFoundException e) {
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
            return;
        }
        if (order.getLines().stream().noneMatch(l -> l.getLineNo() == lineNo)) {
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
            return;
        }
        refresh();
    }

    private void refresh() {
        OrderLine line = getLine();
        review = reviews.ofOrder(currentUser.getId(), order).get(line.getId());
        if (review != null) {
            rating = review.getRating();
            content = review.getContent();
            photos.clear();
            photos.addAll(review.getPhotos());
        }
    }

    public void uploadPhoto(FileUploadEvent event) {
        shopperPhotos.add(event, photos, MAX_PHOTOS, currentUser.getId());
    }

    public void removePhoto(String url) {
        photos.remove(url);
    }

    /** Writes the review, or changes it (once). */
    public void save() {
        try {
            ReviewDraft draft = new ReviewDraft(lineNo, rating == null ? 0 : rating, content, photos);
            if (review == null) {
                reviews.write(currentUser.getId(), order.getNumber(), draft);
                Feedback.info("review.saved");
            } else {
                reviews.edit(currentUser.getId(), review.getId(), draft);
                Feedback.info("review.changed");
            }
        } catch (BusinessRuleException e) {
            Feedback.error(e.code().equals("VALIDATION") ? "review.incomplete" : "rule." + e.code());
        } catch (EJBException e) {
            Feedback.error("rule.ALREADY_REVIEWED");
        }
        refresh();
    }

    public void addFollowUp() {
        try {
            reviews.followUp(currentUser.getId(), review.getId(), followUp);
            followUp = null;
            Feedback.info("review.followedUp");
        } catch (BusinessRuleException e) {
            Feedback.error(e.code().equals("VALIDATION") ? "review.incomplete" : "rule." + e.code());
        }
        refresh();
    }

    /** The order is completed and the line not yet reviewed, or reviewed and still changeable. */
    public boolean isWritable() {
        return order.getStatus() == OrderStatus.COMPLETED && (review == null || review.isEditable());
    }

    public boolean isFollowUpOpen() {
        return review != null && review.getFollowUp() == null;
    }

    public OrderLine getLine() {
        return order.getLines().stream().filter(l -> l.getLineNo() == lineNo).findFirst().orElseThrow();
    }

    public Order getOrder() {
        return order;
    }

    public Review getReview() {
        return review;
    }

    public String getOrderNo() {
        return orderNo;
    }

    public void setOrderNo(String orderNo) {
        this.orderNo = orderNo;
    }

    public int getLineNo() {
        return lineNo;
    }

    public void setLineNo(int lineNo) {
        this.lineNo = lineNo;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public List<String> getPhotos() {
        return photos;
    }

    public String getFollowUp() {
        return followUp;
    }

    public void setFollowUp(String followUp) {
        this.followUp = followUp;
    }
}
