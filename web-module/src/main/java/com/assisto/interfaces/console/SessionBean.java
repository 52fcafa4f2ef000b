package com.assisto.interfaces.console;

import com.assisto.application.user.UserService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The console user's session: who is logged in, in which language, and what they may open. */
@Named
@SessionScoped
public class SessionBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** "3 dic 2026, 14:05" / "3 Dec 2026, 14:05": the day as the console writes dates, then the time. */
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofLocalizedDateTime(
            java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT);

    @Inject
    private transient SecurityContext security;

    @EJB
    private transient UserService users;

    private Locale locale;
    private boolean localeFromProfile;

    public Locale getLocale() {
        if (!localeFromProfile && getUsername() != null) {
            localeFromProfile = true;
            users.findByUsername(getUsername()).ifPresent(user -> locale = Locale.forLanguageTag(user.getLocale()));
        }
        if (locale == null) {
            Locale requested =
                    FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
            locale = requested != null && "it".equals(requested.getLanguage()) ? Locale.ITALIAN : Locale.ENGLISH;
        }
        return locale;
    }

    /** How dates are typed: as Italians write them (31/12/2026), in English as ISO (2026-12-31), never ambiguous. */
    public String getDatePattern() {
        return "it".equals(getLanguage()) ? "dd/MM/yyyy" : "yyyy-MM-dd";
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** Switches the console language and remembers it for the user's next login. */
    public void switchLanguage(String language) {
        locale = "it".equals(language) ? Locale.ITALIAN : Locale.ENGLISH;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        if (getUsername() != null) {
            users.preferLocale(getUsername(), locale.getLanguage());
        }
    }

    /**
     * A moment as the console shows it, in the company's zone, which is the server's: the timers
     * run by the same clock. (Faces 4.0's date converter does not format an Instant.)
     */
    public String moment(Object instant) {
        Instant moment = instant instanceof java.time.OffsetDateTime offset ? offset.toInstant() : (Instant) instant;
        return moment == null ? "" : MOMENT.withLocale(getLocale()).format(moment.atZone(ZoneId.systemDefault()));
    }

    public String getUsername() {
        return security.getCallerPrincipal() == null
                ? null
                : security.getCallerPrincipal().getName();
    }

    public boolean isAdmin() {
        return security.isCallerInRole("ADMIN");
    }

    public boolean isStaff() {
        return isAdmin() || security.isCallerInRole("BACKOFFICE") || security.isCallerInRole("TECHNICIAN");
    }

    /** May change master data: administrators and the back office. */
    public boolean isEditor() {
        return isAdmin() || security.isCallerInRole("BACKOFFICE");
    }

    public String logout() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
        return null;
    }
}
