package org.emporium.platform.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Enforces {@code @RolesAllowed} on API resources: 401 when nobody is signed in, 403 when the caller lacks the
 * role. Resources without an annotation are closed (secure by default); {@code @PermitAll} opens one.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RoleCheck implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return; // no resource matched: the runtime answers 404/405
        }
        Class<?> type = resource.getResourceClass();
        if (method.isAnnotationPresent(PermitAll.class)
                || (!method.isAnnotationPresent(RolesAllowed.class) && type.isAnnotationPresent(PermitAll.class))) {
            return;
        }
        RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class)
                ? method.getAnnotation(RolesAllowed.class) : type.getAnnotation(RolesAllowed.class);
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            request.abortWith(unauthorized());
            return;
        }
        boolean permitted = allowed != null && !method.isAnnotationPresent(DenyAll.class)
                && Arrays.stream(allowed.value()).anyMatch(security::isUserInRole);
        if (!permitted) {
            request.abortWith(ApiErrors.response(Status.FORBIDDEN,
                    ApiError.of("FORBIDDEN", "Your role may not do this")));
        }
    }

    /** 401 with the challenge that tells clients to send a bearer token. */
    public static Response unauthorized() {
        Response body = ApiErrors.response(Status.UNAUTHORIZED, ApiError.of("UNAUTHORIZED",
                "Sign in first: POST /api/v1/auth/token, then send Authorization: Bearer <token>"));
        return Response.fromResponse(body).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }
}
