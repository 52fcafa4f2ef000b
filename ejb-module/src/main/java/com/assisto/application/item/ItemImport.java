package com.assisto.application.item;

import com.assisto.domain.exchange.BatchOutcome;
import com.assisto.domain.item.Item;
import com.assisto.domain.item.ItemReport;
import com.assisto.domain.item.ItemRepository;
import com.assisto.domain.item.ItemTerms;
import com.assisto.domain.shared.Message;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies the ERP's item master (X1, M2), a batch per transaction: a new code is created with
 * Assisto's default warranty terms, a known one takes the ERP's description, unit, price (and
 * warranty months when the ERP sends them) and keeps Assisto's own terms; one already as reported
 * is left alone, and a wrong one is refused naming the ERP's column.
 */
@Stateless
public class ItemImport {

    @Inject
    private ItemRepository items;

    public BatchOutcome apply(List<ItemReport> reports) {
        BatchOutcome outcome = new BatchOutcome();
        Set<String> codes = new HashSet<>();
        reports.forEach(
                report -> codes.add(report.code() == null ? "" : report.code().strip()));
        Map<String, Item> known = new HashMap<>();
        items.findByCodes(codes).forEach(item -> known.put(item.getCode(), item));
        Set<String> seen = new HashSet<>();
        for (int index = 0; index < reports.size(); index++) {
            ItemReport report = reports.get(index);
            String code = report.code() == null ? "" : report.code().strip();
            Item item = known.get(code);
            ItemTerms terms = item == null ? report.newTerms() : report.merged(item.terms());
            Optional<Message> problem = ItemReport.problem(code, terms);
            if (problem.isPresent()) {
                outcome.refuse(index, problem.get());
            } else if (!seen.add(code)) {
                outcome.refuse(index, Message.of("item.repeated", code));
            } else if (item == null) {
                Item created = new Item(code, terms);
                items.add(created);
                known.put(code, created);
                outcome.applied();
            } else if (terms.equals(item.terms())) {
                outcome.unchanged();
            } else {
                item.apply(terms);
                outcome.applied();
            }
        }
        return outcome;
    }
}
