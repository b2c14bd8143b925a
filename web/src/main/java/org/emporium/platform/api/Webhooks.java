package org.emporium.platform.api;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Receiving a webhook (a payment gateway's notification, a carrier's tracking event): the raw bytes and headers go to
 * the session bean as they arrived. A concurrent copy of the same event that won the inbox's unique key makes an
 * attempt roll back; the next attempt finds the event recorded. After three attempts the answer is 503, so the
 * sender delivers again later — that is what its retries are for. Refusals (bad signature, unknown, mismatch) are
 * application exceptions and pass through to {@link ApiErrors}.
 */
public final class Webhooks {

    private static final Logger LOG = Logger.getLogger(Webhooks.class.getName());

    private Webhooks() {
    }

    /** What the shop answers a webhook: {@code APPLIED} or {@code DUPLICATE}. */
    public record Receipt(String result) {
    }

    public static Response receive(HttpHeaders headers, byte[] body,
                                   BiFunction<Map<String, String>, byte[], ? extends Enum<?>> apply) {
        Map<String, String> flat = new HashMap<>();
        headers.getRequestHeaders().forEach((name, values) -> flat.put(name, values.isEmpty() ? "" : values.get(0)));
        byte[] raw = body == null ? new byte[0] : body;
        EJBException last = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                return Response.ok(new Receipt(apply.apply(flat, raw).name())).build();
            } catch (EJBException e) {
                last = e;
            }
        }
        LOG.log(Level.WARNING, "A webhook could not be applied now", last);
        return ApiErrors.response(503, ApiError.of("TRY_AGAIN", "The event could not be applied now; send it again"));
    }
}
