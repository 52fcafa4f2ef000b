package com.assisto.interfaces.security;

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
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * One mechanism for the two doors: the API answers 401 with a Basic challenge, the console sends
 * the browser to its login page, whose form logs in through {@code SecurityContext.authenticate}.
 * A console login lives in the HTTP session; API calls never create one, since a session per
 * stateless call would cost memory and time for nothing.
 */
@ApplicationScoped
@DeclareRoles({"ADMIN", "BACKOFFICE", "TECHNICIAN", "CUSTOMER"})
public class AssistoAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    /** The Jakarta Authentication key asking the container to keep the login in the session. */
    private static final String REGISTER_SESSION = "jakarta.servlet.http.registerSession";
    private static final String BASIC = "Basic ";

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential formCredential = context.getAuthParameters().getCredential();
        if (formCredential != null) {
            CredentialValidationResult result = identityStores.validate(formCredential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
            }
            return context.notifyContainerAboutLogin(result);
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
                CredentialValidationResult result = basic == null ? CredentialValidationResult.INVALID_RESULT
                        : identityStores.validate(basic);
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
                return challenge(response, context);
            }
            return context.isProtected() ? challenge(response, context) : context.doNothing();
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private static AuthenticationStatus confirm(HttpMessageContext context, Principal caller) {
        try {
            context.getHandler().handle(new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), caller)});
            return AuthenticationStatus.SUCCESS;
        } catch (IOException | UnsupportedCallbackException e) {
            throw new IllegalStateException("The container refused the session's caller", e);
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }

    /**
     * A 401 with the Basic challenge and, like every other API error, a problem detail: the
     * container's own 401 would be an HTML page that names the server.
     */
    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"assisto\", charset=\"UTF-8\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write("{\"type\":\"urn:assisto:problem:unauthorized\",\"title\":\"Unauthorized\","
                    + "\"status\":401,\"detail\":\"Log in with HTTP Basic: a user name and password of Assisto\"}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static UsernamePasswordCredential decode(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
