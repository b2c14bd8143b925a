package org.emporium.aftersales;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.order.OrderService;
import org.emporium.membership.Points;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.DocumentNo;
import org.emporium.platform.FreeText;
import org.emporium.platform.NotFoundException;

/**
 * Complaints (投诉): a buyer files a quality or service complaint (about one of their orders, or the shop in
 * general); customer service works the queue — takes a ticket, writes to the buyer, resolves it; the buyer closes it
 * or writes again. Only the buyer and customer service (SERVICE, ADMIN) see a complaint.
 */
@Stateless
public class Complaints {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OrderService orders;

    @Inject
    Event<ComplaintAnswered> answered;

    @Inject
    Points points;

    @Inject
    @ConfigProperty(name = "EMPORIUM_TIME_ZONE", defaultValue = "Asia/Shanghai")
    String timeZone;

    // --- the buyer ---

    public Complaint file(long buyerId, String orderNo, ComplaintKind kind, String subject, String description) {
        if (kind == null) {
            throw new BusinessRuleException("VALIDATION", "Say whether it is about quality or service");
        }
        String about = orderNo == null || orderNo.isBlank() ? null : orderNo.trim();
        Long merchant = about == null ? null : orders.buyerOrder(buyerId, about).getMerchantId();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(timeZone)));
        Complaint complaint = new Complaint(DocumentNo.next('C', today), buyerId, about, merchant, kind,
                FreeText.required(subject, 120), FreeText.required(description, 2000),
                points.level(buyerId).isPriorityService(), clock.instant());
        em.persist(complaint);
        return complaint;
    }

    public Complaint buyerComplaint(long buyerId, String complaintNo) {
        Complaint complaint = byNo(complaintNo);
        if (complaint == null || complaint.getBuyerId() != buyerId) {
            throw new NotFoundException("Complaint");
        }
        complaint.getNotes().size();
        return complaint;
    }

    public List<Complaint> buyerComplaints(long buyerId, int first, int max) {
        return em.createQuery("SELECT c FROM Complaint c WHERE c.buyerId = :buyer ORDER BY c.createdAt DESC, c.id DESC",
                Complaint.class).setParameter("buyer", buyerId).setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    public Complaint buyerWrites(long buyerId, String complaintNo, String text) {
        Complaint complaint = locked(buyerComplaint(buyerId, complaintNo));
        complaint.buyerWrites(FreeText.required(text, 2000), clock.instant());
        return complaint;
    }

    public Complaint close(long buyerId, String complaintNo) {
        Complaint complaint = locked(buyerComplaint(buyerId, complaintNo));
        complaint.close(clock.instant());
        return complaint;
    }

    // --- customer service ---

    /**
     * The queue: complaints in one status (null: all not closed) — those of members with priority service (优先服务)
     * first, then oldest waiting first.
     */
    public List<Complaint> queue(ComplaintStatus status, int first, int max) {
        return queueQuery(status, "SELECT c", Complaint.class,
                " ORDER BY c.priority DESC, c.updatedAt ASC, c.id ASC")
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countQueue(ComplaintStatus status) {
        return queueQuery(status, "SELECT COUNT(c)", Long.class, "").getSingleResult();
    }

    public Complaint complaint(String complaintNo) {
        Complaint complaint = byNo(complaintNo);
        if (complaint == null) {
            throw new NotFoundException("Complaint");
        }
        complaint.getNotes().size();
        return complaint;
    }

    public Complaint take(String complaintNo, long staffId) {
        Complaint complaint = locked(complaint(complaintNo));
        complaint.take(staffId, clock.instant());
        return complaint;
    }

    public Complaint staffWrites(String complaintNo, long staffId, String text) {
        Complaint complaint = locked(complaint(complaintNo));
        complaint.staffWrites(staffId, FreeText.required(text, 2000), clock.instant());
        answered.fire(new ComplaintAnswered(complaint.getComplaintNo(), complaint.getBuyerId(),
                complaint.getStatus()));
        return complaint;
    }

    public Complaint resolve(String complaintNo, long staffId, String resolution) {
        Complaint complaint = locked(complaint(complaintNo));
        complaint.resolve(staffId, FreeText.required(resolution, 1000), clock.instant());
        answered.fire(new ComplaintAnswered(complaint.getComplaintNo(), complaint.getBuyerId(),
                complaint.getStatus()));
        return complaint;
    }

    // ---

    private <T> TypedQuery<T> queueQuery(ComplaintStatus status, String select, Class<T> type, String orderBy) {
        TypedQuery<T> query = em.createQuery(select + " FROM Complaint c WHERE "
                + (status == null ? "c.status <> :status" : "c.status = :status") + orderBy, type);
        return query.setParameter("status", status == null ? ComplaintStatus.CLOSED : status);
    }

    private Complaint locked(Complaint complaint) {
        em.refresh(complaint, LockModeType.PESSIMISTIC_WRITE);
        complaint.getNotes().size();
        return complaint;
    }

    private Complaint byNo(String complaintNo) {
        if (complaintNo == null || !complaintNo.matches("C\\d{20}")) {
            return null;
        }
        return em.createQuery("SELECT c FROM Complaint c WHERE c.complaintNo = :no", Complaint.class)
                .setParameter("no", complaintNo).getResultStream().findFirst().orElse(null);
    }


}
