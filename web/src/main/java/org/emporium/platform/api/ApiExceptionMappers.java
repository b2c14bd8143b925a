package org.emporium.platform.api;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Registers {@link ApiErrors} for every exception. The validation mappers exist because the JAX-RS runtime
 * brings its own, more specific ones, which would otherwise answer with a body of their own.
 */
public final class ApiExceptionMappers {

    private ApiExceptionMappers() {
    }

    @Provider
    public static class Everything implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable exception) {
            return ApiErrors.toResponse(exception);
        }
    }

    @Provider
    public static class Validation implements ExceptionMapper<ValidationException> {
        @Override
        public Response toResponse(ValidationException exception) {
            return ApiErrors.toResponse(exception);
        }
    }

    @Provider
    public static class ConstraintViolations implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException exception) {
            return ApiErrors.validation(exception);
        }
    }
}
