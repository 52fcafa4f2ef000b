package com.assisto.application.cost;

import com.assisto.domain.cost.SupplierCost;
import com.assisto.domain.cost.SupplierCostReport;
import com.assisto.domain.cost.SupplierCostRepository;
import com.assisto.domain.exchange.BatchOutcome;
import com.assisto.domain.shared.Message;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies the ERP's supplier costs (X1, R1), a batch per transaction: each line is stored or
 * updated by its key at the ERP and assigned to the contract and equipment it names; a line for an
 * unknown contract, an unknown serial number or a serial number several pieces share is refused
 * with its reason.
 */
@Stateless
public class SupplierCostImport {

    @Inject
    private SupplierCostRepository costs;

    public BatchOutcome apply(List<SupplierCostReport> reports) {
        BatchOutcome outcome = new BatchOutcome();
        Set<String> contracts = new HashSet<>();
        Set<String> serials = new HashSet<>();
        Set<String> documents = new HashSet<>();
        for (SupplierCostReport report : reports) {
            addIfPresent(contracts, report.contractNumber());
            addIfPresent(serials, report.serialNumber());
            addIfPresent(documents, report.document());
        }
        Map<String, Long> contractIds = costs.contractIds(contracts);
        Map<String, List<Long>> equipmentIds = costs.equipmentIds(serials);
        Map<String, SupplierCost> stored = new HashMap<>();
        costs.ofDocuments(documents).forEach(cost -> stored.put(cost.key(), cost));
        Instant now = Instant.now();
        Set<String> seen = new HashSet<>();
        for (int index = 0; index < reports.size(); index++) {
            SupplierCostReport report = reports.get(index);
            Optional<Message> problem = report.problem().or(() -> assignment(report, contractIds, equipmentIds));
            if (problem.isPresent()) {
                outcome.refuse(index, problem.get());
                continue;
            }
            if (!seen.add(report.key())) {
                outcome.refuse(index, Message.of("cost.repeated", report.key()));
                continue;
            }
            Long contractId = report.contractNumber() == null ? null : contractIds.get(report.contractNumber());
            Long equipmentId = report.serialNumber() == null
                    ? null
                    : equipmentIds.get(report.serialNumber()).get(0);
            SupplierCost cost = stored.get(report.key());
            if (cost == null) {
                costs.add(new SupplierCost(report, contractId, equipmentId, now));
                outcome.applied();
            } else if (report.sameAs(cost, contractId, equipmentId)) {
                outcome.unchanged();
            } else {
                cost.update(report, contractId, equipmentId, now);
                outcome.applied();
            }
        }
        return outcome;
    }

    private static Optional<Message> assignment(
            SupplierCostReport report, Map<String, Long> contractIds, Map<String, List<Long>> equipmentIds) {
        if (report.contractNumber() != null && !contractIds.containsKey(report.contractNumber())) {
            return Optional.of(Message.of(
                    "import.fieldError", "contratto", Message.of("cost.unknownContract", report.contractNumber())));
        }
        if (report.serialNumber() != null) {
            List<Long> pieces = equipmentIds.getOrDefault(report.serialNumber(), List.of());
            if (pieces.isEmpty()) {
                return Optional.of(Message.of(
                        "import.fieldError", "matricola", Message.of("cost.unknownSerial", report.serialNumber())));
            }
            if (pieces.size() > 1) {
                return Optional.of(Message.of(
                        "import.fieldError",
                        "matricola",
                        Message.of("cost.ambiguousSerial", report.serialNumber(), pieces.size())));
            }
        }
        return Optional.empty();
    }

    private static void addIfPresent(Set<String> values, String value) {
        if (value != null) {
            values.add(value);
        }
    }
}
