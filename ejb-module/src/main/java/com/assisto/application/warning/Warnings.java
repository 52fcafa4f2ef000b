package com.assisto.application.warning;

import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractRepository;
import com.assisto.domain.contract.ContractStatus;
import com.assisto.domain.user.AppUser;
import com.assisto.domain.user.Role;
import com.assisto.domain.user.UserRepository;
import com.assisto.domain.warning.InboxMessage;
import com.assisto.domain.warning.WarningKind;
import com.assisto.domain.warning.WarningQueries;
import com.assisto.domain.warning.WarningRepository;
import com.assisto.domain.warning.WarningSent;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the warnings of one contract, each in its own transaction: the record that it went
 * out is written and flushed first (the database refuses a second one for the same contract,
 * kind and threshold), then the inbox messages, then the mail; a failure rolls the record back
 * so the next run tries again rather than skipping it.
 */
@Stateless
public class Warnings {

    private static final Logger LOG = Logger.getLogger(Warnings.class.getName());
    /** Days before the end when nothing else says how many. */
    public static final int DEFAULT_WARNING_DAYS = 30;

    /** Only for the recipients by name, which the user accounts' repository is to answer. */
    @Inject
    private ContractRepository contracts;

    @Inject
    private WarningRepository sent;

    @Inject
    private WarningQueries queries;

    @EJB
    private Mailer mailer;

    @Inject
    private UserRepository userAccounts;

    @Inject
    @Any
    private Instance<TermIncidentSource> incidentSources;

    /** Warns that the contract ends soon, once per term and threshold; true when it did now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean expiry(long contractId, LocalDate day) {
        Contract contract = contracts.find(contractId).orElse(null);
        if (contract == null || contract.getStatus() != ContractStatus.ACTIVE) {
            return false;
        }
        int threshold = contract.effectiveWarningDays(DEFAULT_WARNING_DAYS);
        long daysLeft = ChronoUnit.DAYS.between(day, contract.getEndDate());
        if (daysLeft < 0 || daysLeft > threshold || sent.alreadySent(contractId, WarningKind.EXPIRY, threshold)) {
            return false;
        }
        List<AppUser> recipients = contract.getResponsibleUser() != null
                ? users(contract.getResponsibleUser())
                : usersWith(Role.BACKOFFICE);
        String what = contract.getType().isWarranty() ? "Warranty " : "Contract ";
        String subject = what + contract.getNumber() + " of "
                + contract.getCustomer().getName() + " ends on " + contract.getEndDate();
        StringBuilder body = new StringBuilder(subject)
                .append(" (")
                .append(daysLeft)
                .append(" days left).\n")
                .append("Type: ")
                .append(contract.getType().getCode())
                .append(' ')
                .append(contract.getType().getName())
                .append("\nValue: ")
                .append(contract.getValue())
                .append("\nWhat follows: ")
                .append(whatFollows(contract))
                .append('\n');
        deliver(contract, WarningKind.EXPIRY, threshold, day, recipients, subject, body.toString());
        return true;
    }

    /** Gives administration the term's summary before a renewal, once per term; true when it did now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean administrative(long contractId, LocalDate day) {
        Contract contract = contracts.find(contractId).orElse(null);
        if (contract == null || contract.getStatus() != ContractStatus.ACTIVE) {
            return false;
        }
        int threshold = contract.getType().getAdminWarningDays();
        long daysLeft = ChronoUnit.DAYS.between(day, contract.getEndDate());
        if (daysLeft < 0
                || daysLeft > threshold
                || sent.alreadySent(contractId, WarningKind.ADMINISTRATIVE, threshold)) {
            return false;
        }
        Map<String, List<TermIncident>> sections = new LinkedHashMap<>();
        for (TermIncidentSource source : incidentSources) {
            source.incidents(contract)
                    .forEach(incident -> sections.computeIfAbsent(incident.section(), key -> new ArrayList<>())
                            .add(incident));
        }
        String subject = "Before renewal: " + contract.getNumber() + " of "
                + contract.getCustomer().getName() + " renews on "
                + contract.getEndDate().plusDays(1);
        StringBuilder body = new StringBuilder(subject)
                .append("\nTerm ")
                .append(contract.term())
                .append(", value ")
                .append(contract.getValue())
                .append(", ")
                .append(whatFollows(contract))
                .append('\n');
        if (sections.isEmpty()) {
            body.append("\nNothing to report for this term.\n");
        }
        sections.forEach((section, incidents) -> {
            body.append('\n').append(section).append(":\n");
            for (TermIncident incident : incidents) {
                body.append("  - ").append(incident.text());
                if (incident.amount() != null && incident.amount().compareTo(BigDecimal.ZERO) != 0) {
                    body.append(" [").append(incident.amount()).append(']');
                }
                body.append('\n');
            }
        });
        deliver(contract, WarningKind.ADMINISTRATIVE, threshold, day, usersWith(Role.ADMIN), subject, body.toString());
        return true;
    }

    private static String whatFollows(Contract contract) {
        return switch (contract.termEnd()) {
            case RENEW -> "renews automatically";
            case CONVERT -> "converts into a maintenance contract";
            case EXPIRE ->
                contract.getType().isWarranty()
                        ? "expires; a maintenance quote will be offered"
                        : "expires; a renewal quote will be offered";
        };
    }

    private void deliver(
            Contract contract,
            WarningKind kind,
            int threshold,
            LocalDate day,
            List<AppUser> recipients,
            String subject,
            String body) {
        Set<String> names = new LinkedHashSet<>();
        List<String> addresses = new ArrayList<>();
        for (AppUser user : recipients) {
            names.add(user.getUsername());
            if (user.getEmail() != null) {
                addresses.add(user.getEmail());
            }
        }
        sent.recordSent(new WarningSent(contract.getId(), kind, threshold, day, String.join(",", names)));
        Instant now = Instant.now();
        names.forEach(name -> sent.addMessage(new InboxMessage(name, kind, contract.getId(), subject, body, now)));
        try {
            mailer.send(addresses, subject, body);
        } catch (MessagingException failed) {
            LOG.log(
                    Level.WARNING,
                    "Could not mail the " + kind + " warning of " + contract.getNumber() + " to " + addresses
                            + "; it stays in their console inbox",
                    failed);
        }
    }

    private List<AppUser> users(String username) {
        return userAccounts.findByUsername(username).filter(AppUser::isActive).stream()
                .toList();
    }

    private List<AppUser> usersWith(Role role) {
        return userAccounts.activeWith(role);
    }
}
