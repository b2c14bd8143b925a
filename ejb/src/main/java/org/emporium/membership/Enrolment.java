package org.emporium.membership;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * A member's first use opens its membership row (普通会员, no points) in a transaction of its own, committed at once.
 * Inside the first checkout's transaction, a checkout that then fails (out of stock) would take the row back with
 * it while the same member's other checkouts wait on it, and on MySQL those then deadlock inserting it again.
 */
@Stateless
public class Enrolment {

    @PersistenceContext
    EntityManager em;

    /** INSERT IGNORE: two first uses at once make one row, and neither fails. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void enrol(long memberId, String firstLevel, Instant now) {
        em.createNativeQuery("INSERT IGNORE INTO membership (member_id, points, growth, level_code, updated_at,"
                        + " version) VALUES (?1, 0, 0, ?2, ?3, 0)")
                .setParameter(1, memberId).setParameter(2, firstLevel).setParameter(3, now).executeUpdate();
    }
}
