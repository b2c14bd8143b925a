package org.emporium.account.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.emporium.account.Account;
import org.emporium.account.AccountService;
import org.emporium.account.Registration;
import org.emporium.account.Role;
import org.emporium.account.TokenService;
import org.emporium.account.security.SignIn;
import org.emporium.cart.CartService;
import org.emporium.cart.api.CartCookie;
import org.emporium.platform.api.ApiError;
import org.emporium.platform.api.ApiErrors;
import org.emporium.platform.api.RequestBodies;

/**
 * Sign-up and API tokens.
 */
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    AccountService accounts;

    @Inject
    TokenService tokens;

    @Inject
    SignIn signIn;

    @Inject
    CartService carts;

    @Inject
    RequestBodies bodies;

    @Context
    HttpServletRequest request;

    public record Registered(long id, String email, String mobile) {
    }

    /** Email (or mobile number) and password. A class, not a record: see {@link Registration}. */
    public static final class Credentials {
        @NotBlank
        private final String email;
        @NotBlank
        private final String password;

        @JsonbCreator
        public Credentials(@JsonbProperty("email") String email, @JsonbProperty("password") String password) {
            this.email = email;
            this.password = password;
        }

        public String email() {
            return email;
        }

        public String password() {
            return password;
        }
    }

    public record Token(String token, Instant expiresAt, List<String> roles) {
    }

    @POST
    @Path("register")
    @PermitAll
    public Response register(Registration registration, @Context UriInfo uri) {
        Account account = accounts.register(bodies.valid(registration));
        return Response.created(uri.getBaseUriBuilder().path("me").build())
                .entity(new Registered(account.getId(), account.getEmail(), account.getMobile())).build();
    }

    /** Exchanges email (or mobile number) and password for a bearer token. */
    @POST
    @Path("token")
    @PermitAll
    public Response token(Credentials credentials) {
        bodies.valid(credentials);
        CredentialValidationResult result = signIn.check(credentials.email(), credentials.password(),
                request.getRemoteAddr());
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return ApiErrors.response(Response.Status.UNAUTHORIZED,
                    ApiError.of("INVALID_CREDENTIALS", "Wrong email or password"));
        }
        Account account = accounts.get(Long.parseLong(result.getCallerPrincipal().getName()));
        TokenService.IssuedToken issued = tokens.issue(account);
        // a guest cart named by X-Cart-Token joins the account's cart at sign-in
        CartCookie.guestToken(request).ifPresent(guest -> carts.merge(guest, account.getId()));
        List<String> roles = account.getRoles().stream().map(Role::name).sorted().toList();
        return Response.ok(new Token(issued.value(), issued.expiresAt(), roles)).build();
    }

    /** Revokes the token this request was made with. */
    @DELETE
    @Path("token")
    @RolesAllowed({"CUSTOMER", "MERCHANT", "ADMIN", "FINANCE", "SERVICE"})
    public Response revoke(@HeaderParam("Authorization") String authorization) {
        if (authorization != null && authorization.length() > 7) {
            tokens.revoke(authorization.substring(7).trim());
        }
        return Response.noContent().build();
    }
}
