package org.emporium.review;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emporium.account.Account;
import org.emporium.catalog.MediaService;
import org.emporium.catalog.Product;
import org.emporium.catalog.ProductChanged;
import org.emporium.membership.Points;
import org.emporium.order.Order;
import org.emporium.order.OrderLine;
import org.emporium.order.OrderService;
import org.emporium.order.OrderStatus;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.FreeText;
import org.emporium.platform.NotFoundException;

/**
 * Reviews (评价与晒单): the buyer of a completed order rates each line once, may change it once and follow up once;
 * the merchant replies; staff hide abusive ones. Every change recomputes the product's rating from its visible
 * reviews, which the search's "by rating" sort and the product page use.
 */
@Stateless
public class Reviews {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Points points;

    @Inject
    OrderService orders;

    @Inject
    MediaService media;

    @Inject
    Event<ProductChanged> productChanged;

    // --- the buyer ---

    /** Reviews a line of the buyer's completed order; a line has one review (a second is ALREADY_REVIEWED). */
    public Review write(long buyerId, String orderNo, @NotNull @Valid ReviewDraft draft) {
        Order order = orders.buyerOrder(buyerId, orderNo);
        if (order.getStatus() != OrderStatus.COMPLETED) {
            throw new BusinessRuleException("INVALID_STATE", "An order is reviewed once it is completed");
        }
        OrderLine line = order.getLines().stream().filter(l -> l.getLineNo() == draft.lineNo).findFirst()
                .orElseThrow(() -> new NotFoundException("Order line"));
        media.requireUploadedBy(draft.photos, buyerId);
        if (ofLine(line.getId()) != null) {
            throw new BusinessRuleException("ALREADY_REVIEWED", "This item has been reviewed already");
        }
        Account buyer = em.find(Account.class, buyerId);
        String name = buyer.getNickname() != null && !buyer.getNickname().isBlank()
                ? buyer.getNickname() : buyer.getDisplayName();
        Review review = new Review(order, line, name, draft.rating, trimmed(draft.content), draft.photos,
                clock.instant());
        em.persist(review);
        em.flush(); // a concurrent second review of the line fails here, on the unique key
        rate(review.getProductId());
        points.reviewed(buyerId, review.getId());
        return review;
    }

    /** Changes the buyer's own review, once. */
    public Review edit(long buyerId, long reviewId, @NotNull @Valid ReviewDraft draft) {
        Review review = buyerReview(buyerId, reviewId);
        media.requireUploadedBy(draft.photos, buyerId);
        review.edit(draft.rating, trimmed(draft.content), draft.photos, clock.instant());
        rate(review.getProductId());
        return review;
    }

    /** 追评: a few more words on the buyer's own review, once. */
    public Review followUp(long buyerId, long reviewId, String text) {
        Review review = buyerReview(buyerId, reviewId);
        review.followUp(FreeText.required(text, 2000), clock.instant());
        return review;
    }

    public Review buyerReview(long buyerId, long reviewId) {
        Review review = em.find(Review.class, reviewId, LockModeType.PESSIMISTIC_WRITE);
        if (review == null || review.getBuyerId() != buyerId) {
            throw new NotFoundException("Review");
        }
        review.getPhotos().size();
        return review;
    }

    /** The buyer's reviews of an order's lines, by line id. */
    public Map<Long, Review> ofOrder(long buyerId, Order order) {
        Map<Long, Review> byLine = new HashMap<>();
        if (order.getBuyerId() != buyerId) {
            return byLine;
        }
        em.createQuery("SELECT r FROM Review r WHERE r.orderNo = :no", Review.class)
                .setParameter("no", order.getNumber()).getResultList()
                .forEach(r -> byLine.put(r.getOrderLineId(), r));
        return byLine;
    }

    public List<Review> ofBuyer(long buyerId, int first, int max) {
        return em.createQuery("SELECT r FROM Review r WHERE r.buyerId = :buyer ORDER BY r.createdAt DESC, r.id DESC",
                Review.class).setParameter("buyer", buyerId).setFirstResult(first).setMaxResults(max).getResultList();
    }

    // --- everyone: the product page ---

    /** A product's visible reviews, newest first; {@code withPhotos} keeps those with photos (有图). */
    public List<Review> ofProduct(long productId, boolean withPhotos, int first, int max) {
        return em.createQuery("SELECT r FROM Review r WHERE r.productId = :product AND r.hidden = FALSE"
                        + (withPhotos ? " AND r.hasPhotos = TRUE" : "") + " ORDER BY r.createdAt DESC, r.id DESC",
                Review.class).setParameter("product", productId).setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    public ReviewSummary summary(long productId) {
        // counted per (stars, photos) and added up here: CASE inside SUM does not bind on every database
        List<Object[]> rows = em.createQuery("SELECT r.rating, r.hasPhotos, COUNT(r) FROM Review r"
                        + " WHERE r.productId = :product AND r.hidden = FALSE GROUP BY r.rating, r.hasPhotos",
                Object[].class).setParameter("product", productId).getResultList();
        return summed(rows.stream().map(row -> new Object[] {row[0], row[1], row[2]}).toList());
    }

    /** Rows of (stars, has photos, count) as a summary. */
    private static ReviewSummary summed(List<Object[]> rows) {
        long[] stars = new long[5];
        long count = 0;
        long total = 0;
        long withPhotos = 0;
        for (Object[] row : rows) {
            int rating = ((Number) row[0]).intValue();
            long n = ((Number) row[2]).longValue();
            stars[5 - rating] += n;
            count += n;
            total += n * rating;
            withPhotos += Boolean.TRUE.equals(row[1]) ? n : 0;
        }
        BigDecimal average = count == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
        List<Long> distribution = new ArrayList<>();
        for (long n : stars) {
            distribution.add(n);
        }
        return new ReviewSummary(count, average, distribution, withPhotos);
    }

    // --- the merchant and staff ---

    /** 商家回复: the merchant (own shop's reviews) or staff answer a review, once. */
    public Review reply(Long merchantScope, long reviewId, String text) {
        Review review = merchantReview(merchantScope, reviewId);
        review.reply(FreeText.required(text, 1000), clock.instant());
        return review;
    }

    /** Staff hide an abusive review: it leaves the product page and its rating. */
    public Review hide(long reviewId, String reason, long staffId) {
        Review review = merchantReview(null, reviewId);
        review.hide(FreeText.required(reason, 300), staffId);
        rate(review.getProductId());
        return review;
    }

    public Review show(long reviewId) {
        Review review = merchantReview(null, reviewId);
        review.show();
        rate(review.getProductId());
        return review;
    }

    /** A review as the back office sees it: a merchant only its own shop's (others are "not found"). */
    public Review merchantReview(Long merchantScope, long reviewId) {
        Review review = em.find(Review.class, reviewId, LockModeType.PESSIMISTIC_WRITE);
        if (review == null || (merchantScope != null && review.getMerchantId() != merchantScope)) {
            throw new NotFoundException("Review");
        }
        review.getPhotos().size();
        return review;
    }

    /** The back office's list, newest first: a shop's (or all), one product's, hidden or visible ones. */
    public List<Review> search(Long merchantScope, Long productId, Boolean hidden, int first, int max) {
        return query(merchantScope, productId, hidden, "SELECT r", Review.class,
                " ORDER BY r.createdAt DESC, r.id DESC").setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Long merchantScope, Long productId, Boolean hidden) {
        return query(merchantScope, productId, hidden, "SELECT COUNT(r)", Long.class, "").getSingleResult();
    }

    /** Per-product satisfaction, most reviewed first (数据统计: 评价). */
    public List<ProductSatisfaction> satisfaction(Long merchantScope, int max) {
        TypedQuery<Object[]> query = em.createQuery("SELECT r.productId, r.rating, r.hasPhotos, COUNT(r)"
                + " FROM Review r WHERE r.hidden = FALSE" + (merchantScope == null ? "" : " AND r.merchantId = :merchant")
                + " GROUP BY r.productId, r.rating, r.hasPhotos", Object[].class);
        if (merchantScope != null) {
            query.setParameter("merchant", merchantScope);
        }
        Map<Long, List<Object[]>> byProduct = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            byProduct.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
                    .add(new Object[] {row[1], row[2], row[3]});
        }
        return byProduct.entrySet().stream().map(e -> {
            ReviewSummary summary = summed(e.getValue());
            return new ProductSatisfaction(e.getKey(), summary.count(), summary.average(), summary.positivePercent(),
                    summary.withPhotos());
        }).sorted(java.util.Comparator.comparingLong(ProductSatisfaction::reviews).reversed()
                .thenComparingLong(ProductSatisfaction::productId)).limit(max).toList();
    }

    // ---

    private void rate(long productId) {
        em.flush();
        Product product = em.find(Product.class, productId);
        if (product != null) {
            product.rated(summary(productId).average());
            productChanged.fire(new ProductChanged(productId));
        }
    }

    private Review ofLine(long lineId) {
        return em.createQuery("SELECT r FROM Review r WHERE r.orderLineId = :line", Review.class)
                .setParameter("line", lineId).getResultStream().findFirst().orElse(null);
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }


    private <T> TypedQuery<T> query(Long merchantScope, Long productId, Boolean hidden, String select, Class<T> type,
                                    String orderBy) {
        StringBuilder jpql = new StringBuilder(select).append(" FROM Review r WHERE 1 = 1");
        if (merchantScope != null) {
            jpql.append(" AND r.merchantId = :merchant");
        }
        if (productId != null) {
            jpql.append(" AND r.productId = :product");
        }
        if (hidden != null) {
            jpql.append(" AND r.hidden = :hidden");
        }
        TypedQuery<T> query = em.createQuery(jpql + orderBy, type);
        if (merchantScope != null) {
            query.setParameter("merchant", merchantScope);
        }
        if (productId != null) {
            query.setParameter("product", productId);
        }
        if (hidden != null) {
            query.setParameter("hidden", hidden);
        }
        return query;
    }
}
