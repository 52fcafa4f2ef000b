package com.assisto.interfaces.console;

import com.assisto.domain.user.LoginThrottle;
import com.assisto.interfaces.security.AssistoAuthenticationMechanism;
import com.assisto.interfaces.security.LoginGate;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The login form: hands the credentials to the authentication mechanism and explains a refusal. */
@Named
@RequestScoped
public class LoginBean {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Inject
    private SecurityContext security;

    private String username;
    private String password;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(
                                username == null ? "" : username.trim(), password == null ? "" : password)));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + "/index.xhtml");
            faces.responseComplete();
        } else if (status != AuthenticationStatus.SEND_CONTINUE) {
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            why(external.getRequestMap().get(AssistoAuthenticationMechanism.REFUSAL)),
                            null));
        }
    }

    /** Tells a throttled or locked-out user when to come back, and a demo login to have its password changed. */
    private static String why(Object outcome) {
        if (outcome instanceof LoginGate.Refused refused) {
            LoginThrottle.Refusal refusal = refused.refusal();
            if (refusal.reason() == LoginThrottle.Refusal.Reason.LOCKED) {
                return MessageFormat.format(
                        Faces.text("login.locked").replace("'", "''"),
                        TIME.format(refusal.until().atZone(ZoneId.systemDefault())));
            }
            return MessageFormat.format(
                    Faces.text("login.delayed").replace("'", "''"), refusal.retryAfterSeconds(Instant.now()));
        }
        if (outcome instanceof LoginGate.DemoPassword) {
            return Faces.text("login.demoPassword");
        }
        return Faces.text("login.failed");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
