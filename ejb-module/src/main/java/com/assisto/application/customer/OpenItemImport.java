package com.assisto.application.customer;

import com.assisto.domain.customer.CreditStatus;
import com.assisto.domain.customer.OpenItem;
import com.assisto.domain.customer.OpenItemReport;
import com.assisto.domain.customer.OpenItemRepository;
import com.assisto.domain.exchange.BatchOutcome;
import com.assisto.domain.shared.Message;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies the ERP's schedule of receivables (X1, M1), a batch per transaction: each instalment is
 * stored or updated by its key at the ERP, one already as reported is left alone, a wrong one
 * (an unknown customer, a missing amount, the same instalment twice in a batch) is refused with
 * its reason, and the credit status of every customer the batch touched is worked out again from
 * all of its instalments.
 */
@Stateless
public class OpenItemImport {

    @Inject
    private OpenItemRepository items;

    public BatchOutcome apply(List<OpenItemReport> reports) {
        BatchOutcome outcome = new BatchOutcome();
        Set<String> codes = new HashSet<>();
        reports.forEach(report -> codes.add(report.customerCode()));
        Map<String, Long> customerIds = items.customerIds(codes);
        Map<Long, List<OpenItem>> byCustomer = new HashMap<>();
        Map<String, OpenItem> stored = new HashMap<>();
        Map<Long, String> codeOf = new HashMap<>();
        customerIds.forEach((code, id) -> codeOf.put(id, code));
        for (OpenItem item : items.ofCustomers(customerIds.values())) {
            byCustomer
                    .computeIfAbsent(item.getCustomerId(), id -> new ArrayList<>())
                    .add(item);
            stored.put(item.key(codeOf.get(item.getCustomerId())), item);
        }
        Instant now = Instant.now();
        Set<String> seen = new HashSet<>();
        Set<Long> touched = new HashSet<>();
        for (int index = 0; index < reports.size(); index++) {
            OpenItemReport report = reports.get(index);
            Optional<Message> problem = report.problem();
            if (problem.isPresent()) {
                outcome.refuse(index, problem.get());
                continue;
            }
            Long customerId = customerIds.get(report.customerCode());
            if (customerId == null) {
                outcome.refuse(
                        index,
                        Message.of(
                                "import.fieldError", "codice", Message.of("customer.unknown", report.customerCode())));
                continue;
            }
            if (!seen.add(report.key())) {
                outcome.refuse(index, Message.of("openItem.repeated", report.key()));
                continue;
            }
            OpenItem item = stored.get(report.key());
            if (item == null) {
                item = new OpenItem(customerId, report, now);
                items.add(item);
                byCustomer.computeIfAbsent(customerId, id -> new ArrayList<>()).add(item);
                touched.add(customerId);
                outcome.applied();
            } else if (report.sameAs(item)) {
                outcome.unchanged();
            } else {
                item.update(report, now);
                touched.add(customerId);
                outcome.applied();
            }
        }
        LocalDate today = LocalDate.now();
        for (Long customerId : touched) {
            items.updateCredit(customerId, CreditStatus.of(byCustomer.get(customerId), today));
        }
        return outcome;
    }
}
