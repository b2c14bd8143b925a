package org.emporium.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Checks a request body before any session bean sees it, so a bad request is a 400 with every problem listed and
 * never an exception inside a transaction. (Not with {@code @Valid} on resource parameters: Payara's OpenAPI
 * generator fails on constrained body parameters, Payara #7649.)
 */
@ApplicationScoped
public class RequestBodies {

    @Inject
    Validator validator;

    /**
     * A body that may be left out ({@code POST} with nothing, or {@code {}}): read from its raw text, or made by
     * {@code absent}; then checked like any other.
     */
    public <T> T validOrDefault(String raw, Class<T> type, java.util.function.Supplier<T> absent) {
        if (raw == null || raw.isBlank()) {
            return valid(absent.get());
        }
        try (jakarta.json.bind.Jsonb jsonb = jakarta.json.bind.JsonbBuilder.create()) {
            return valid(jsonb.fromJson(raw, type));
        } catch (jakarta.json.bind.JsonbException e) {
            throw new ConstraintViolationException("The request body is not the expected JSON", Set.of());
        } catch (Exception e) {
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e);
        }
    }

    /** Returns the body if it is present and valid; otherwise throws, which the API answers with 400. */
    public <T> T valid(T body) {
        if (body == null) {
            throw new ConstraintViolationException("The request needs a JSON body", Set.of());
        }
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }
}
