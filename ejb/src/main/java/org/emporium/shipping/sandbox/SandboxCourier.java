package org.emporium.shipping.sandbox;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.platform.BusinessRuleException;
import org.emporium.shipping.spi.Carrier;

/**
 * The sandbox carrier itself — a stand-in logistics company kept apart from the shop's domain: it keeps its own
 * waybills, moves each parcel one step every {@code EMPORIUM_SANDBOX_CARRIER_STEP} (揽收 → 运输中 → 到达 → 派送中 →
 * 已签收), and reports every step by a signed webhook ({@link SandboxCourierRounds}), retried until the shop answers.
 */
@Stateless
public class SandboxCourier {

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Tracking numbers starting so are parcels whose webhooks get lost: the carrier moves them along and answers
     * track queries, but never calls the shop — for trying the shop's tracking reconciler.
     */
    public static final String SILENT_PREFIX = "SILENT-";

    /** The journey: event code and the carrier's own words, {0} = from city, {1} = to city. */
    static final List<String[]> STEPS = List.of(
            new String[] {"COLLECTED", "from", "快递员已揽收 / Picked up in {0}"},
            new String[] {"IN_TRANSIT", "from", "已离开 {0}，发往 {1} / Left {0} for {1}"},
            new String[] {"IN_TRANSIT", "to", "已到达 {1} 转运中心 / Arrived at the {1} hub"},
            new String[] {"OUT_FOR_DELIVERY", "to", "派送中 / Out for delivery in {1}"},
            new String[] {Carrier.DELIVERED, "to", "已签收 / Delivered"});

    /** A parcel nobody could take at the first try (派送失败), delivered on the second. */
    static final List<String[]> STEPS_WITH_FAILED_ATTEMPT = List.of(STEPS.get(0), STEPS.get(1), STEPS.get(2),
            STEPS.get(3), new String[] {"FAILED", "to", "派送失败，收件人不在，将再次派送 / Nobody home, will try again"},
            STEPS.get(3), STEPS.get(4));

    /** Tracking numbers starting so fail their first delivery attempt — for trying 派送失败. */
    public static final String FAILING_PREFIX = "FAIL-";

    static List<String[]> stepsOf(SandboxWaybill waybill) {
        return waybill.getTrackingNo().startsWith(FAILING_PREFIX) ? STEPS_WITH_FAILED_ATTEMPT : STEPS;
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "EMPORIUM_SANDBOX_CARRIER_STEP", defaultValue = "PT20S")
    String step;

    public String register(Carrier.Waybill waybill) {
        String trackingNo = waybill.trackingNo() != null ? waybill.trackingNo()
                : "SBE" + String.format("%012d", Math.abs(RANDOM.nextLong() % 1_000_000_000_000L));
        if (!em.createNamedQuery("SandboxWaybill.byTracking", SandboxWaybill.class).setParameter("no", trackingNo)
                .getResultList().isEmpty()) {
            throw new BusinessRuleException("TRACKING_NO_TAKEN", "This tracking number is already in use");
        }
        Instant now = clock.instant();
        em.persist(new SandboxWaybill(trackingNo, waybill.reference(), waybill.fromCity(), waybill.toCity(),
                waybill.notifyUrl(), now, now.plus(Duration.parse(step))));
        return trackingNo;
    }

    /** What the carrier has recorded of a parcel: every step it has taken so far, as its webhooks tell them. */
    public List<Carrier.Event> track(String trackingNo) {
        SandboxWaybill waybill = em.createNamedQuery("SandboxWaybill.byTracking", SandboxWaybill.class)
                .setParameter("no", trackingNo).getResultStream().findFirst().orElse(null);
        if (waybill == null) {
            return List.of();
        }
        Duration each = Duration.parse(step);
        List<Carrier.Event> events = new java.util.ArrayList<>();
        for (int i = 0; i < waybill.getNextStep(); i++) {
            String[] stepOf = stepsOf(waybill).get(i);
            events.add(new Carrier.Event(eventId(waybill, i), waybill.getTrackingNo(), stepOf[0], cityOf(waybill, i),
                    java.text.MessageFormat.format(stepOf[2], waybill.getFromCity(), waybill.getToCity()),
                    waybill.getCreatedAt().plus(each.multipliedBy(i + 1L))));
        }
        return events;
    }

    private static String eventId(SandboxWaybill waybill, int stepNo) {
        return waybill.getTrackingNo() + "-" + stepNo;
    }

    private static String cityOf(SandboxWaybill waybill, int stepNo) {
        return "from".equals(stepsOf(waybill).get(stepNo)[1]) ? waybill.getFromCity() : waybill.getToCity();
    }

    /**
     * The parcel arrives at once: every step taken, none reported by webhook, so the shop learns of them only by
     * asking ({@code Shipments.reconcileTracking}). For the demo shop's order history, which cannot wait for rounds.
     */
    public void arriveNow(String trackingNo) {
        SandboxWaybill waybill = em.createNamedQuery("SandboxWaybill.byTracking", SandboxWaybill.class)
                .setParameter("no", trackingNo).setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
        waybill.arrived(stepsOf(waybill).size());
    }

    public List<Long> due(int max) {
        return em.createNamedQuery("SandboxWaybill.due", Long.class).setParameter("now", clock.instant())
                .setMaxResults(max).getResultList();
    }

    /** A report to send: where (null: a silent parcel, nobody is called), the exact bytes, when they were signed. */
    public record Report(long waybillId, String url, byte[] body, String timestamp) {
    }

    /** Takes the next step of one parcel for reporting (leased a minute, so nobody else reports it meanwhile). */
    public Report claim(long waybillId) {
        SandboxWaybill waybill = em.find(SandboxWaybill.class, waybillId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (waybill == null || waybill.getNextDueAt() == null || waybill.getNextDueAt().isAfter(now)
                || waybill.getNextStep() >= stepsOf(waybill).size()) {
            return null;
        }
        waybill.leaseUntil(now.plusSeconds(60));
        String[] stepOf = stepsOf(waybill).get(waybill.getNextStep());
        String city = cityOf(waybill, waybill.getNextStep());
        String body = Json.createObjectBuilder()
                .add("eventId", eventId(waybill, waybill.getNextStep()))
                .add("trackingNo", waybill.getTrackingNo())
                .add("code", stepOf[0])
                .add("city", city)
                .add("description", java.text.MessageFormat.format(stepOf[2], waybill.getFromCity(),
                        waybill.getToCity()))
                .add("occurredAt", now.toString())
                .build().toString();
        return new Report(waybillId, waybill.isSilent() ? null : waybill.getNotifyUrl(),
                body.getBytes(StandardCharsets.UTF_8), Long.toString(now.getEpochSecond()));
    }

    public void reported(long waybillId, boolean ok) {
        SandboxWaybill waybill = em.find(SandboxWaybill.class, waybillId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (ok) {
            waybill.reported(now.plus(Duration.parse(step)), stepsOf(waybill).size());
        } else {
            waybill.failed(now.plusSeconds(Math.min(300, 1L << Math.min(waybill.getAttempts() + 1, 8))));
        }
    }
}
