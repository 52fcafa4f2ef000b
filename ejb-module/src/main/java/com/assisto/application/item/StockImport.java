package com.assisto.application.item;

import com.assisto.domain.exchange.BatchOutcome;
import com.assisto.domain.item.StockLevelRepository;
import com.assisto.domain.item.StockLevelRepository.Key;
import com.assisto.domain.item.StockLevelRepository.Stored;
import com.assisto.domain.item.StockLevelRepository.Write;
import com.assisto.domain.item.StockReport;
import com.assisto.domain.shared.Message;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies the ERP's stock reports (X1), a batch per transaction: a level the ERP reports is
 * inserted or updated, one already as reported is left alone, and a report that is wrong (an
 * unknown item, a negative quantity on order, the same item and warehouse twice in a batch) is
 * refused with its reason while the others are applied.
 */
@Stateless
public class StockImport {

    @Inject
    private StockLevelRepository levels;

    public BatchOutcome apply(List<StockReport> reports) {
        BatchOutcome outcome = new BatchOutcome();
        Set<String> codes = new HashSet<>();
        reports.forEach(report -> codes.add(report.itemCode()));
        Map<String, Long> itemIds = levels.itemIds(codes);
        Map<Key, Stored> stored = levels.levels(itemIds.values());
        Map<Key, Integer> seen = new HashMap<>();
        List<Write> inserts = new ArrayList<>();
        List<Write> updates = new ArrayList<>();
        for (int index = 0; index < reports.size(); index++) {
            StockReport report = reports.get(index);
            Optional<Message> problem = report.problem();
            if (problem.isPresent()) {
                outcome.refuse(index, problem.get());
                continue;
            }
            Long itemId = itemIds.get(report.itemCode());
            if (itemId == null) {
                outcome.refuse(
                        index,
                        Message.of("import.fieldError", "cod_articolo", Message.of("item.unknown", report.itemCode())));
                continue;
            }
            Key key = new Key(itemId, report.warehouse());
            Integer earlier = seen.putIfAbsent(key, index);
            if (earlier != null) {
                outcome.refuse(index, Message.of("stock.repeated", report.itemCode(), report.warehouse()));
                continue;
            }
            Stored level = stored.get(key);
            if (level == null) {
                inserts.add(new Write(null, itemId, report));
                outcome.applied();
            } else if (report.sameAs(level.onHand(), level.onOrder(), level.committed(), level.expectedOn())) {
                outcome.unchanged();
            } else {
                updates.add(new Write(level.id(), itemId, report));
                outcome.applied();
            }
        }
        levels.insert(inserts);
        levels.update(updates);
        return outcome;
    }
}
