package com.assisto.interfaces.security;

import com.assisto.domain.user.LoginThrottle;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One mechanism for the two doors: the API answers 401 with a Basic challenge, the console sends
 * the browser to its login page, whose form logs in through {@code SecurityContext.authenticate}.
 * A console login lives in the HTTP session; API calls never create one, since a session per
 * stateless call would cost memory and time for nothing. Every login goes through the
 * {@link LoginGate}, which throttles failed ones: the API answers a refused attempt with 429 and
 * Retry-After, the console's login page explains it.
 */
@ApplicationScoped
@DeclareRoles({"ADMIN", "BACKOFFICE", "TECHNICIAN", "CUSTOMER", "ERP"})
public class AssistoAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    /** The Jakarta Authentication key asking the container to keep the login in the session. */
    private static final String REGISTER_SESSION = "jakarta.servlet.http.registerSession";

    private static final String BASIC = "Basic ";

    /** Where a refused console login leaves its outcome for the login page to explain. */
    public static final String REFUSAL = "assisto.login.refusal";

    @Inject
    private LoginGate gate;

    /** The load balancers whose X-Forwarded-For names the client (config/README.md, "Cluster"). */
    @Inject
    @ConfigProperty(name = "assisto.trusted-proxies")
    private Optional<String> trustedProxies;

    private ClientAddress clientAddresses;

    @PostConstruct
    void readTrustedProxies() {
        clientAddresses = new ClientAddress(trustedProxies.orElse(null));
    }

    private String clientAddress(HttpServletRequest request) {
        return clientAddresses.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential formCredential = context.getAuthParameters().getCredential();
        if (formCredential instanceof UsernamePasswordCredential form) {
            LoginGate.Outcome outcome =
                    gate.attempt(form.getCaller(), form.getPasswordAsString(), clientAddress(request));
            if (outcome instanceof LoginGate.Admitted admitted) {
                context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
                return context.notifyContainerAboutLogin(admitted.result());
            }
            request.setAttribute(REFUSAL, outcome);
            return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
        }
        Principal sessionCaller = request.getUserPrincipal();
        if (sessionCaller != null) {
            // the container restored a console login from the session: confirm it as it stands
            return confirm(context, sessionCaller);
        }
        if (isApi(request)) {
            String authorization = request.getHeader("Authorization");
            if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
                UsernamePasswordCredential basic = decode(authorization.substring(BASIC.length()));
                if (basic == null) {
                    return challenge(response);
                }
                LoginGate.Outcome outcome =
                        gate.attempt(basic.getCaller(), basic.getPasswordAsString(), clientAddress(request));
                if (outcome instanceof LoginGate.Admitted admitted) {
                    return context.notifyContainerAboutLogin(admitted.result());
                }
                if (outcome instanceof LoginGate.Refused refused) {
                    return tooManyFailures(response, refused.refusal());
                }
                if (outcome instanceof LoginGate.DemoPassword) {
                    return problem(
                            response,
                            HttpServletResponse.SC_UNAUTHORIZED,
                            "demo-password",
                            "Demo password refused",
                            "this account still has its demo password, which is refused outside the demo:"
                                    + " an administrator must set a new one",
                            true);
                }
                return challenge(response);
            }
            return context.isProtected() ? challenge(response) : context.doNothing();
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    /** 429 with Retry-After: the client should come back when the delay or the lockout is over. */
    private static AuthenticationStatus tooManyFailures(HttpServletResponse response, LoginThrottle.Refusal refusal) {
        long seconds = refusal.retryAfterSeconds(Instant.now());
        response.setHeader("Retry-After", Long.toString(seconds));
        String detail = refusal.reason() == LoginThrottle.Refusal.Reason.LOCKED
                ? "too many failed logins: this account is locked from this address until " + refusal.until()
                : "too many failed logins: wait " + seconds + " s before the next attempt";
        return problem(response, 429, "login-throttled", "Too many failed logins", detail, false);
    }

    private static AuthenticationStatus problem(
            HttpServletResponse response, int status, String type, String title, String detail, boolean challenge) {
        if (challenge) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"assisto\", charset=\"UTF-8\"");
        }
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            response.getWriter()
                    .write("{\"type\":\"urn:assisto:problem:" + type + "\",\"title\":\"" + title + "\",\"status\":"
                            + status + ",\"detail\":\"" + detail + "\"}");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot answer a refused login", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus confirm(HttpMessageContext context, Principal caller) {
        try {
            context.getHandler()
                    .handle(new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), caller)});
            return AuthenticationStatus.SUCCESS;
        } catch (IOException | UnsupportedCallbackException e) {
            throw new IllegalStateException("The container refused the session's caller", e);
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // the ERP's SOAP service logs in as the API does
        return path.startsWith("/api/") || path.startsWith("/soap/");
    }

    /**
     * A 401 with the Basic challenge and, like every other API error, a problem detail: the
     * container's own 401 would be an HTML page that names the server.
     */
    private static AuthenticationStatus challenge(HttpServletResponse response) {
        return problem(
                response,
                HttpServletResponse.SC_UNAUTHORIZED,
                "unauthorized",
                "Unauthorized",
                "Log in with HTTP Basic: a user name and password of Assisto",
                true);
    }

    private static UsernamePasswordCredential decode(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0
                    ? null
                    : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
