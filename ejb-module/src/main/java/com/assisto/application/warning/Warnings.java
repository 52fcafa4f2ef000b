package com.assisto.application.warning;

import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractRepository;
import com.assisto.domain.contract.ContractStatus;
import com.assisto.domain.shared.DateRange;
import com.assisto.domain.shared.Figures;
import com.assisto.domain.shared.Message;
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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the warnings of one contract, each in its own transaction: the record that it went
 * out is written and flushed first (the database refuses a second one for the same contract,
 * kind and threshold), then the inbox messages, then the mail; a failure rolls the record back
 * so the next run tries again rather than skipping it. Each recipient reads the warning in their
 * own language: the inbox keeps it as a message, the mail goes out in the recipient's language.
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
        Message subject = expirySubject(contract);
        deliver(
                contract,
                WarningKind.EXPIRY,
                threshold,
                day,
                recipients,
                subject,
                expiryBody(contract, subject, daysLeft));
        return true;
    }

    /** "Contract FS/2016/00001 of Customer ends on 2016-06-30", or "Warranty …". */
    static Message expirySubject(Contract contract) {
        return Message.of(
                contract.getType().isWarranty() ? "warning.warrantyEnds" : "warning.contractEnds",
                contract.getNumber(),
                contract.getCustomer().getName(),
                Figures.date(contract.getEndDate()));
    }

    /** The subject, the days left, the type, the value and what follows the term. */
    static Message expiryBody(Contract contract, Message subject, long daysLeft) {
        return Message.of(
                "warning.expiryBody",
                subject,
                daysLeft,
                contract.getType().getCode(),
                contract.getType().getName(),
                contract.getValue(),
                whatFollows(contract));
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
        Map<Message, List<TermIncident>> sections = new LinkedHashMap<>();
        for (TermIncidentSource source : incidentSources) {
            source.incidents(contract)
                    .forEach(incident -> sections.computeIfAbsent(incident.section(), key -> new ArrayList<>())
                            .add(incident));
        }
        Message subject = summarySubject(contract);
        deliver(
                contract,
                WarningKind.ADMINISTRATIVE,
                threshold,
                day,
                usersWith(Role.ADMIN),
                subject,
                summaryBody(contract, subject, sections));
        return true;
    }

    /** "Before renewal: FS/2016/00001 of Customer renews on 2016-07-01". */
    static Message summarySubject(Contract contract) {
        return Message.of(
                "warning.beforeRenewal",
                contract.getNumber(),
                contract.getCustomer().getName(),
                Figures.date(contract.getEndDate().plusDays(1)));
    }

    /** The term, its value and what follows it, then what happened during it, section by section. */
    static Message summaryBody(Contract contract, Message subject, Map<Message, List<TermIncident>> sections) {
        DateRange term = contract.term();
        List<Message> lines = new ArrayList<>();
        lines.add(Message.of(
                "warning.summaryHead",
                subject,
                Figures.date(term.from()),
                Figures.date(term.to()),
                contract.getValue(),
                whatFollows(contract)));
        if (sections.isEmpty()) {
            lines.add(Message.of("warning.nothingToReport"));
        }
        sections.forEach((section, incidents) -> {
            lines.add(Message.of("warning.summarySection", section));
            for (TermIncident incident : incidents) {
                lines.add(
                        incident.amount() != null && incident.amount().compareTo(BigDecimal.ZERO) != 0
                                ? Message.of("warning.summaryIncidentAmount", incident.text(), incident.amount())
                                : Message.of("warning.summaryIncident", incident.text()));
            }
        });
        return joined(lines);
    }

    /**
     * The summary's lines one after the other, each put into words on its own; joined in halves,
     * so that a long summary nests only a few levels deep.
     */
    static Message joined(List<Message> lines) {
        if (lines.size() == 1) {
            return lines.get(0);
        }
        int half = lines.size() / 2;
        return Message.of("warning.joined", joined(lines.subList(0, half)), joined(lines.subList(half, lines.size())));
    }

    private static Message whatFollows(Contract contract) {
        return switch (contract.termEnd()) {
            case RENEW -> Message.of("warning.renews");
            case CONVERT -> Message.of("warning.converts");
            case EXPIRE ->
                contract.getType().isWarranty()
                        ? Message.of("warning.expiresWithMaintenanceQuote")
                        : Message.of("warning.expiresWithRenewalQuote");
        };
    }

    private void deliver(
            Contract contract,
            WarningKind kind,
            int threshold,
            LocalDate day,
            List<AppUser> recipients,
            Message subject,
            Message body) {
        Set<String> names = new LinkedHashSet<>();
        Map<Locale, List<String>> addressesByLanguage = new LinkedHashMap<>();
        for (AppUser user : recipients) {
            names.add(user.getUsername());
            if (user.getEmail() != null) {
                addressesByLanguage
                        .computeIfAbsent(language(user), language -> new ArrayList<>())
                        .add(user.getEmail());
            }
        }
        sent.recordSent(new WarningSent(contract.getId(), kind, threshold, day, String.join(",", names)));
        Instant now = Instant.now();
        names.forEach(name -> sent.addMessage(new InboxMessage(name, kind, contract.getId(), subject, body, now)));
        addressesByLanguage.forEach((language, addresses) -> {
            try {
                mailer.send(addresses, subject.text(language), body.text(language));
            } catch (MessagingException failed) {
                LOG.log(
                        Level.WARNING,
                        "Could not mail the " + kind + " warning of " + contract.getNumber() + " to " + addresses
                                + "; it stays in their console inbox",
                        failed);
            }
        });
    }

    /** The language the user reads the console in: Italian or English, English when not said. */
    static Locale language(AppUser user) {
        return "it".equals(user.getLocale()) ? Locale.ITALIAN : Locale.ENGLISH;
    }

    private List<AppUser> users(String username) {
        return userAccounts.findByUsername(username).filter(AppUser::isActive).stream()
                .toList();
    }

    private List<AppUser> usersWith(Role role) {
        return userAccounts.activeWith(role);
    }
}
