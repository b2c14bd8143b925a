package org.emporium.checkout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A placed checkout under the buyer's Idempotency-Key: a repeat of the same request finds it and gets the same
 * orders; the unique (buyer, key) makes a concurrent repeat wait for, then fail on, the first.
 */
@Entity
@Table(name = "checkout_submission")
@NamedQuery(name = "CheckoutSubmission.byKey",
        query = "SELECT s FROM CheckoutSubmission s WHERE s.buyerId = :buyer AND s.idempotencyKey = :key")
public class CheckoutSubmission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "buyer_id", nullable = false, updatable = false)
    private Long buyerId;

    @Column(name = "idempotency_key", nullable = false, length = 100, updatable = false)
    private String idempotencyKey;

    @Column(name = "request_hash", nullable = false, length = 64, updatable = false)
    private String requestHash;

    @Column(name = "checkout_no", nullable = false, length = 20, updatable = false)
    private String checkoutNo;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CheckoutSubmission() {
        // for JPA
    }

    CheckoutSubmission(long buyerId, String idempotencyKey, String requestHash, String checkoutNo, Instant now) {
        this.buyerId = buyerId;
        this.idempotencyKey = idempotencyKey;
        this.requestHash = requestHash;
        this.checkoutNo = checkoutNo;
        this.createdAt = now;
    }

    public String getRequestHash() {
        return requestHash;
    }

    public String getCheckoutNo() {
        return checkoutNo;
    }
}
