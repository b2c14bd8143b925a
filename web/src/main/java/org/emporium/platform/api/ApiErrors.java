package org.emporium.platform.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.platform.InvalidWebhookException;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.TooManyAttemptsException;

/**
 * Turns whatever went wrong into the API's error body and status. Session beans wrap unexpected exceptions in
 * {@link EJBException}, so the cause chain is searched for what the client should hear. Nothing internal (stack
 * traces, SQL) ever reaches the client; unexpected failures are logged here with a reference the client sees.
 */
public final class ApiErrors {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    private ApiErrors() {
    }

    public static Response toResponse(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConstraintViolationException cve) {
                return validation(cve);
            }
            if (t instanceof BusinessRuleException bre) {
                // a rule about the request itself (not the shop's state) is the client's mistake: 400
                Status status = "VALIDATION".equals(bre.code()) ? Status.BAD_REQUEST : Status.CONFLICT;
                return response(status, ApiError.of(bre.code(), bre.getMessage()));
            }
            if (t instanceof InvalidWebhookException bad) {
                return response(bad.status(), ApiError.of(bad.code(), bad.getMessage()));
            }
            if (t instanceof NotFoundException nfe) {
                return response(Status.NOT_FOUND, ApiError.of("NOT_FOUND", nfe.getMessage()));
            }
            if (t instanceof TooManyAttemptsException tma) {
                return response(Status.TOO_MANY_REQUESTS, ApiError.of("RATE_LIMITED", tma.getMessage()));
            }
            if (t instanceof EJBAccessException) {
                return response(Status.FORBIDDEN, ApiError.of("FORBIDDEN", "Your role may not do this"));
            }
            if (t instanceof OptimisticLockException) {
                return response(Status.CONFLICT,
                        ApiError.of("CONCURRENT_UPDATE", "Someone else changed this at the same time; try again"));
            }
            if (t instanceof JsonbException || t instanceof JsonParsingException) {
                return response(Status.BAD_REQUEST, ApiError.of("VALIDATION", "The request body is not valid JSON"
                        + " for this operation"));
            }
            if (t instanceof WebApplicationException wae && !(t.getCause() instanceof JsonbException)) {
                return webApplication(wae);
            }
        }
        String reference = Long.toHexString(System.nanoTime());
        LOG.log(Level.SEVERE, "Unexpected API failure, reference " + reference, thrown);
        return response(Status.INTERNAL_SERVER_ERROR,
                ApiError.of("INTERNAL", "Something went wrong on our side (reference " + reference + ")"));
    }

    static Response validation(ConstraintViolationException cve) {
        if (cve.getConstraintViolations() == null || cve.getConstraintViolations().isEmpty()) {
            return response(Status.BAD_REQUEST, new ApiError("VALIDATION", "The request has invalid fields",
                    List.of(new ApiError.Detail("body", cve.getMessage()))));
        }
        List<ApiError.Detail> details = cve.getConstraintViolations().stream()
                .map(v -> new ApiError.Detail(field(v), v.getMessage()))
                .sorted(java.util.Comparator.comparing(ApiError.Detail::field))
                .toList();
        return response(Status.BAD_REQUEST, new ApiError("VALIDATION", "The request has invalid fields", details));
    }

    /**
     * The field a violation is about, as the client named it: "register.registration.email" becomes "email";
     * a rule on the whole body (e.g. "email or mobile") is reported on the field the client should fix.
     */
    static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY) {
                String name = switch (node.getName()) {
                    case "emailOrMobileGiven" -> "email";
                    case "passwordNotOnlyDigits" -> "password";
                    default -> node.getName();
                };
                field.append(field.length() == 0 ? "" : ".").append(name);
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    private static Response webApplication(WebApplicationException wae) {
        int status = wae.getResponse() == null ? 500 : wae.getResponse().getStatus();
        Status known = Status.fromStatusCode(status);
        String code = switch (status) {
            case 400 -> "VALIDATION";
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            default -> known == null ? "HTTP_" + status : known.name();
        };
        String message = known == null ? "HTTP " + status : known.getReasonPhrase();
        if (status >= 500) {
            return toResponse(new IllegalStateException(wae));
        }
        return response(status, ApiError.of(code.toUpperCase(Locale.ROOT), message));
    }

    public static Response response(Status status, ApiError body) {
        return response(status.getStatusCode(), body);
    }

    public static Response response(int status, ApiError body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body)
                .build();
    }
}
