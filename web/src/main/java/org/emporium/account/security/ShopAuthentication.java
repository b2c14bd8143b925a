package org.emporium.account.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.account.AccountIdentityStore;
import org.emporium.account.TokenService;
import org.emporium.cart.CartService;
import org.emporium.cart.api.CartCookie;
import org.emporium.platform.TooManyAttemptsException;

/**
 * How callers prove who they are. Jakarta Security 3 allows one mechanism per application, so this one serves
 * both audiences:
 * <ul>
 * <li>API clients send {@code Authorization: Bearer <token>} on every request (stateless; no HTTP session);</li>
 * <li>people sign in on the login page, which calls {@code SecurityContext.authenticate}; the result is kept in the
 * HTTP session (so it is shared across a cluster with the session), and protected pages redirect to the login
 * page.</li>
 * </ul>
 */
@ApplicationScoped
public class ShopAuthentication implements HttpAuthenticationMechanism {

    /** Request attribute set when a sign-in was refused because of too many failures. */
    public static final String THROTTLED = "emporium.signin.throttled";
    private static final String SESSION_CALLER = "emporium.caller";
    private static final String BEARER = "Bearer ";
    private static final Logger LOG = Logger.getLogger(ShopAuthentication.class.getName());

    @Inject
    TokenService tokens;

    @Inject
    SignIn signIn;

    @Inject
    CartService carts;

    /** Who is signed in on this HTTP session. */
    record SessionCaller(String name, Set<String> groups) implements Serializable {
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return bearer(authorization.substring(BEARER.length()).trim(), response, context);
        }
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential login) {
            return formLogin(login, request, response, context);
        }
        Optional<SessionCaller> caller = sessionCaller(request);
        if (caller.isPresent()) {
            return context.notifyContainerAboutLogin(caller.get().name(), caller.get().groups());
        }
        // the API answers 401/403 itself (RoleCheck); only pages redirect to the login page
        if (context.isProtected() && !isApi(request)) {
            return redirectToLogin(request, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus bearer(String token, HttpServletResponse response, HttpMessageContext context) {
        return tokens.authenticate(token)
                .map(account -> context.notifyContainerAboutLogin(AccountIdentityStore.toResult(account)))
                .orElseGet(() -> {
                    try {
                        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                        response.setContentType("application/json;charset=UTF-8");
                        response.getWriter().write("{\"error\":\"UNAUTHORIZED\",\"message\":"
                                + "\"The token is unknown, revoked or expired\",\"details\":[]}");
                    } catch (IOException e) {
                        // the client has gone; nothing to tell it
                    }
                    return AuthenticationStatus.SEND_FAILURE;
                });
    }

    private AuthenticationStatus formLogin(UsernamePasswordCredential login, HttpServletRequest request,
                                           HttpServletResponse response, HttpMessageContext context) {
        CredentialValidationResult result;
        try {
            result = signIn.check(login.getCaller(), login.getPasswordAsString(), request.getRemoteAddr());
        } catch (TooManyAttemptsException e) {
            request.setAttribute(THROTTLED, Boolean.TRUE);
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // a new session id on sign-in, so a session id planted before cannot be used after (session fixation)
        HttpSession old = request.getSession(false);
        if (old != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SESSION_CALLER,
                new SessionCaller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        mergeGuestCart(Long.parseLong(result.getCallerPrincipal().getName()), request, response);
        return context.notifyContainerAboutLogin(result);
    }

    /** What the shopper put in the cart as a guest joins the account's cart; a failure here never blocks sign-in. */
    private void mergeGuestCart(long accountId, HttpServletRequest request, HttpServletResponse response) {
        CartCookie.guestToken(request).ifPresent(token -> {
            try {
                carts.merge(token, accountId);
                CartCookie.forget(request, response);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The guest cart could not be merged at sign-in; it stays a guest cart", e);
            }
        });
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static Optional<SessionCaller> sessionCaller(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable((SessionCaller) session.getAttribute(SESSION_CALLER));
    }

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpMessageContext context) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        return context.redirect(request.getContextPath() + "/login.xhtml?next="
                + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
