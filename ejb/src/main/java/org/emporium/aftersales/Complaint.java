package org.emporium.aftersales;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.emporium.order.ActorKind;
import org.emporium.platform.BusinessRuleException;

/**
 * A complaint (投诉): what the buyer complains about (quality or service, optionally about one of their orders),
 * handled by customer service as a ticket: the conversation, who has it, how it was resolved.
 */
@Entity
@Table(name = "complaint")
public class Complaint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_no", nullable = false, length = 24, updatable = false)
    private String complaintNo;

    @Column(name = "buyer_id", nullable = false, updatable = false)
    private Long buyerId;

    @Column(name = "order_no", length = 20, updatable = false)
    private String orderNo;

    @Column(name = "merchant_id", updatable = false)
    private Long merchantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16, updatable = false)
    private ComplaintKind kind;

    @Column(name = "subject", nullable = false, length = 120, updatable = false)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ComplaintStatus status;

    /** 优先服务: filed by a member whose level has priority service; first in the queue. */
    @Column(name = "priority", nullable = false, updatable = false)
    private boolean priority;

    @Column(name = "assignee_id")
    private Long assigneeId;

    @Column(name = "resolution", length = 1000)
    private String resolution;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<ComplaintNote> notes = new ArrayList<>();

    @Version
    @Column(name = "version")
    private long version;

    protected Complaint() {
        // for JPA
    }

    Complaint(String complaintNo, long buyerId, String orderNo, Long merchantId, ComplaintKind kind, String subject,
              String description, boolean priority, Instant now) {
        this.complaintNo = complaintNo;
        this.priority = priority;
        this.buyerId = buyerId;
        this.orderNo = orderNo;
        this.merchantId = merchantId;
        this.kind = kind;
        this.subject = subject;
        this.status = ComplaintStatus.OPEN;
        this.createdAt = now;
        this.updatedAt = now;
        notes.add(new ComplaintNote(this, ActorKind.BUYER, buyerId, description, now));
    }

    /** The buyer writes again: a resolved ticket goes back to customer service. */
    void buyerWrites(String text, Instant now) {
        if (status == ComplaintStatus.CLOSED) {
            throw new BusinessRuleException("INVALID_STATE", "Complaint " + complaintNo + " is closed");
        }
        notes.add(new ComplaintNote(this, ActorKind.BUYER, buyerId, text, now));
        if (status == ComplaintStatus.RESOLVED) {
            status = ComplaintStatus.IN_PROGRESS;
            resolvedAt = null;
        }
        updatedAt = now;
    }

    /** Customer service takes the ticket (or takes it over from a colleague). */
    void take(long staffId, Instant now) {
        if (status == ComplaintStatus.CLOSED || status == ComplaintStatus.RESOLVED) {
            throw new BusinessRuleException("INVALID_STATE", "Complaint " + complaintNo + " is " + status);
        }
        assigneeId = staffId;
        status = ComplaintStatus.IN_PROGRESS;
        updatedAt = now;
    }

    /** Customer service answers the buyer without ending the ticket. */
    void staffWrites(long staffId, String text, Instant now) {
        if (status == ComplaintStatus.CLOSED) {
            throw new BusinessRuleException("INVALID_STATE", "Complaint " + complaintNo + " is closed");
        }
        if (assigneeId == null) {
            take(staffId, now);
        }
        notes.add(new ComplaintNote(this, ActorKind.STAFF, staffId, text, now));
        updatedAt = now;
    }

    void resolve(long staffId, String how, Instant now) {
        if (status == ComplaintStatus.CLOSED || status == ComplaintStatus.RESOLVED) {
            throw new BusinessRuleException("INVALID_STATE", "Complaint " + complaintNo + " is " + status);
        }
        assigneeId = assigneeId == null ? staffId : assigneeId;
        resolution = how;
        status = ComplaintStatus.RESOLVED;
        resolvedAt = now;
        updatedAt = now;
        notes.add(new ComplaintNote(this, ActorKind.STAFF, staffId, how, now));
    }

    /** The buyer is satisfied. */
    void close(Instant now) {
        if (status == ComplaintStatus.CLOSED) {
            throw new BusinessRuleException("INVALID_STATE", "Complaint " + complaintNo + " is closed");
        }
        status = ComplaintStatus.CLOSED;
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getComplaintNo() {
        return complaintNo;
    }

    public long getBuyerId() {
        return buyerId;
    }

    public String getOrderNo() {
        return orderNo;
    }

    public Long getMerchantId() {
        return merchantId;
    }

    public ComplaintKind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public String getResolution() {
        return resolution;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public List<ComplaintNote> getNotes() {
        return Collections.unmodifiableList(notes);
    }

    public boolean isPriority() {
        return priority;
    }
}
