package com.assisto.application.contract;

import com.assisto.application.shared.AuditTrail;
import com.assisto.domain.audit.AuditTexts;
import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractRepository;
import com.assisto.domain.contract.RevaluationClause;
import com.assisto.domain.index.PriceIndexRepository;
import com.assisto.domain.shared.Figures;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.user.UserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;

/** A contract's standing settings: its index clause (C6) and who is warned before it ends (C10). */
@Stateless
public class ContractSettings {

    @Inject
    private ContractRepository contracts;

    @Inject
    private ContractAccess access;

    @Inject
    private AuditTrail audit;

    @Inject
    private UserRepository users;

    @Inject
    private PriceIndexRepository indices;

    /** Sets or clears the contract's index clause (C6); it applies from the next renewal. */
    public Contract setRevaluation(long id, long version, RevaluationClause clause) {
        Contract contract = access.forChange(id, version);
        if (clause != null && indices.findByCode(clause.getIndexCode()).isEmpty()) {
            throw new ValidationException("revaluation.indexCode", "index.noSuchCode", clause.getIndexCode());
        }
        contract.setRevaluation(clause, LocalDate.now());
        contracts.markChanged(contract);
        audit.record(Contract.AUDIT_TYPE, id, "revaluation", describe(clause));
        return contract;
    }

    /** Sets who looks after the contract and how many days before its end the expiry warning goes out (C10). */
    public Contract assignWarnings(long id, long version, String responsibleUser, Integer warningDays) {
        Contract contract = access.forChange(id, version);
        if (responsibleUser != null
                && !responsibleUser.isBlank()
                && users.findByUsername(responsibleUser.trim()).isEmpty()) {
            throw new ValidationException("responsibleUser", "user.noSuchName", responsibleUser.trim());
        }
        contract.assignWarnings(responsibleUser, warningDays);
        contracts.markChanged(contract);
        audit.record(
                Contract.AUDIT_TYPE,
                id,
                "warnings",
                Message.of(
                        "audit.warnings",
                        AuditTexts.value(contract.getResponsibleUser()),
                        AuditTexts.value(contract.getWarningDays())));
        return contract;
    }

    private static Message describe(RevaluationClause clause) {
        if (clause == null) {
            return Message.of("audit.noRevaluation");
        }
        Message described = Message.of(
                clause.isDecreasesApplied() ? "audit.revaluation" : "audit.revaluationNoDecrease",
                clause.getIndexCode(),
                Figures.decimal(clause.getSharePercent().stripTrailingZeros()),
                clause.getLagMonths());
        return clause.getFloorPercent() == null
                ? described
                : Message.of(
                        "audit.revaluationFloor",
                        described,
                        Figures.decimal(clause.getFloorPercent().stripTrailingZeros()));
    }
}
