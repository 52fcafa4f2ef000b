package com.assisto.application.shared;

import com.assisto.domain.shared.AccessDeniedException;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.NotFoundException;
import com.assisto.domain.user.AppUser;
import com.assisto.domain.user.UserRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Who is calling and which data they may see. A customer user sees only the customer it is
 * bound to; the rule lives here, in the service layer, so that no view or endpoint can skip it.
 */
@Stateless
@DeclareRoles({"ADMIN", "BACKOFFICE", "TECHNICIAN", "CUSTOMER"})
public class CallerScope {

    private static final Logger LOG = Logger.getLogger(CallerScope.class.getName());

    @Resource
    private SessionContext context;

    @Inject
    private UserRepository users;

    /** The caller's name for logs and audit; "system" for timers and routes. */
    public String callerName() {
        String name = context.getCallerPrincipal() == null
                ? null
                : context.getCallerPrincipal().getName();
        return name == null || "ANONYMOUS".equals(name) ? "system" : name;
    }

    /** The only customer the caller may see, or empty when the caller is staff or the system. */
    public Optional<Long> restrictedToCustomer() {
        if (!context.isCallerInRole("CUSTOMER")) {
            return Optional.empty();
        }
        AppUser user = users.findByUsername(callerName())
                .orElseThrow(() -> new AccessDeniedException(Message.of("access.unknownUser", callerName())));
        if (user.getCustomer() == null) {
            throw new AccessDeniedException(Message.of("access.customerUnbound", user.getUsername()));
        }
        return Optional.of(user.getCustomer().getId());
    }

    /**
     * Refuses another customer's data exactly as a record that does not exist is refused: a
     * distinct refusal would tell a customer user which ids exist, and whose they are.
     *
     * @param ownerId the customer the requested record belongs to
     * @param entity  what was asked for, as {@link NotFoundException} names it
     * @param id      the id that was asked for
     */
    public void checkMayAccessCustomer(long ownerId, String entity, Object id) {
        restrictedToCustomer().ifPresent(own -> {
            if (own != ownerId) {
                LOG.info(() -> "User " + callerName() + " asked for " + entity + " " + id + " of another customer");
                throw new NotFoundException(entity, id);
            }
        });
    }
}
