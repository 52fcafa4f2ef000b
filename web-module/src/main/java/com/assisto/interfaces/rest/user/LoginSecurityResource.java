package com.assisto.interfaces.rest.user;

import com.assisto.application.user.LoginSecurity;
import com.assisto.domain.audit.AuditEntry;
import com.assisto.domain.user.LoginLock;
import com.assisto.domain.user.LoginThrottle;
import com.assisto.interfaces.rest.Allowed;
import com.assisto.interfaces.rest.Problem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Login lockouts (issue 15), for administrators only: the running and recent ones with who
 * unlocked them, their audit trail, and the unlock action.
 */
@ApplicationScoped
@Path("login-security")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Tag(name = "Login security")
@Allowed("ADMIN")
public class LoginSecurityResource {

    @EJB
    private LoginSecurity security;

    /** A lockout: what it covers, how many failures set it off, and how it ended. */
    public record LockDto(
            long id,
            LoginThrottle.Scope scope,
            String username,
            String address,
            int failures,
            Instant lockedAt,
            Instant lockedUntil,
            boolean active,
            Instant unlockedAt,
            String unlockedBy,
            String description) {}

    /** One line of a lockout's audit trail. */
    public record AuditDto(Instant at, String by, String action, String detail) {}

    /** The throttle's settings in force. */
    public record SettingsDto(
            int delayAfter,
            long firstDelaySeconds,
            int lockAfter,
            long lockSeconds,
            long windowSeconds,
            int accountLockAfter,
            int addressLockAfter,
            long knownAddressDays) {}

    @GET
    @Path("locks")
    public List<LockDto> locks(
            @QueryParam("active") @DefaultValue("false") boolean activeOnly,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        Instant now = Instant.now();
        return security.latest(limit).stream()
                .filter(lock -> !activeOnly || lock.isActive(now))
                .map(lock -> dto(lock, now))
                .toList();
    }

    @POST
    @Path("locks/{id}/unlock")
    public LockDto unlock(@PathParam("id") long id) {
        return dto(security.unlock(id), Instant.now());
    }

    @GET
    @Path("locks/{id}/audit")
    public List<AuditDto> audit(@PathParam("id") long id) {
        return security.history(id).stream()
                .map((AuditEntry entry) ->
                        new AuditDto(entry.getChangedAt(), entry.getChangedBy(), entry.getAction(), entry.getDetail()))
                .toList();
    }

    @GET
    @Path("settings")
    public SettingsDto settings() {
        LoginThrottle.Settings settings = security.settings();
        return new SettingsDto(
                settings.delayAfter(),
                settings.firstDelay().toSeconds(),
                settings.lockAfter(),
                settings.lockDuration().toSeconds(),
                settings.window().toSeconds(),
                settings.accountLockAfter(),
                settings.addressLockAfter(),
                settings.knownAddressFor().toDays());
    }

    private static LockDto dto(LoginLock lock, Instant now) {
        return new LockDto(
                lock.getId(),
                lock.getScope(),
                lock.getUsername(),
                lock.getAddress(),
                lock.getFailures(),
                lock.getLockedAt(),
                lock.getLockedUntil(),
                lock.isActive(now),
                lock.getUnlockedAt(),
                lock.getUnlockedBy(),
                lock.describe());
    }
}
