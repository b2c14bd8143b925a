package org.emporium.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.emporium.catalog.web.ProductPage;
import org.emporium.review.Review;
import org.emporium.review.ReviewSummary;
import org.emporium.review.Reviews;

/**
 * The product page's reviews (商品评价): average, share of good reviews, the star distribution, newest first, "with
 * photos" only on request, twenty more at a time.
 */
@Named
@ViewScoped
public class ProductReviews implements Serializable {

    static final int PAGE = 20;

    @Inject
    transient Reviews reviews;

    @Inject
    transient ProductPage productPage;

    private boolean withPhotos;
    private int shownCount = PAGE;
    private transient ReviewSummary summary;
    private transient List<Review> shown;

    public ReviewSummary getSummary() {
        if (summary == null) {
            summary = reviews.summary(productPage.getId());
        }
        return summary;
    }

    public List<Review> getShown() {
        if (shown == null) {
            shown = new ArrayList<>(reviews.ofProduct(productPage.getId(), withPhotos, 0, shownCount));
        }
        return shown;
    }

    /** Each star row's share of all reviews, in percent, for the distribution bars (5 stars first). */
    public List<Integer> getStarPercents() {
        ReviewSummary s = getSummary();
        return s.stars().stream().map(n -> s.count() == 0 ? 0 : (int) Math.round(n * 100.0 / s.count())).toList();
    }

    public void more() {
        shownCount += PAGE;
        shown = null;
    }

    public boolean isMoreAvailable() {
        return getShown().size() >= shownCount;
    }

    public void filterChanged() {
        shownCount = PAGE;
        shown = null;
    }

    public boolean isWithPhotos() {
        return withPhotos;
    }

    public void setWithPhotos(boolean withPhotos) {
        this.withPhotos = withPhotos;
    }
}
