package com.assisto.application.renewal;

import com.assisto.domain.contract.AnniversaryRevaluation;
import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractLine;
import com.assisto.domain.contract.ContractRepository;
import com.assisto.domain.contract.ContractStatus;
import com.assisto.domain.index.IndexAdjustment;
import com.assisto.domain.index.PriceIndex;
import com.assisto.domain.pricing.LinePrice;
import com.assisto.domain.renewal.IndexReading;
import com.assisto.domain.renewal.Refusal;
import com.assisto.domain.renewal.RenewalPlan;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.NotFoundException;
import com.assisto.domain.shared.ValidationException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What renewing a contract would do now, without changing anything: the plan a run would make,
 * priced line by line, and the next anniversary revaluation inside the term. It runs in a
 * transaction of its own that changes nothing, as a renewal chunk would read.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RenewalPreviewer {

    @Inject
    private ContractRepository contracts;

    @Inject
    private RenewalPlanner planner;

    /** The decision, each line's next price with its explanation, or why it would wait. */
    public RenewalPreview preview(long contractId) {
        Contract contract = contracts.find(contractId).orElseThrow(() -> new NotFoundException("Contract", contractId));
        if (contract.getStatus() != ContractStatus.ACTIVE) {
            throw new ValidationException("status", "renewal.notRunning", contract.getNumber(), contract.getStatus());
        }
        RenewalPlan plan = planner.plans(List.of(contract)).get(0);
        List<RenewalPreview.Line> lines = new ArrayList<>();
        Message problem = null;
        for (ContractLine line : contract.coveredLines()) {
            try {
                LinePrice next = plan.nextType() == null ? null : plan.pricing().apply(line);
                lines.add(new RenewalPreview.Line(
                        line.getId(),
                        line.getDescription(),
                        line.getPrice().getAmount(),
                        next == null ? null : next.getAmount(),
                        next == null ? null : next.explanation()));
            } catch (ValidationException unpriced) {
                problem = Refusal.of(unpriced);
                lines.add(new RenewalPreview.Line(
                        line.getId(), line.getDescription(), line.getPrice().getAmount(), null, problem));
            }
        }
        return new RenewalPreview(
                contract.getId(),
                contract.getNumber(),
                plan.decision().name(),
                plan.nextType() == null ? null : plan.nextType().getCode(),
                plan.nextStart(),
                plan.waitingFor(),
                plan.wouldWait(),
                plan.adjustment().map(IndexAdjustment::describe).orElse(null),
                problem,
                lines,
                anniversary(contract, planner.indexByCode()));
    }

    /** The next anniversary revaluation inside the term, if one is left: what it would move, or what it waits for. */
    private static RenewalPreview.Anniversary anniversary(
            Contract contract, Function<String, Optional<PriceIndex>> indexByCode) {
        LocalDate anniversary = contract.getNextAnniversary();
        if (anniversary == null) {
            return null;
        }
        IndexReading reading = IndexReading.of(contract, anniversary, indexByCode);
        if (!reading.isKnown()) {
            return new RenewalPreview.Anniversary(
                    anniversary, null, 0, null, null, reading.valuesNeeded(), reading.wouldWait());
        }
        IndexAdjustment adjustment = reading.adjustment().orElseThrow();
        AnniversaryRevaluation preview = contract.previewAnniversary(adjustment);
        return new RenewalPreview.Anniversary(
                anniversary,
                adjustment.describe(),
                preview.instalments(),
                preview.before(),
                preview.after(),
                null,
                null);
    }
}
