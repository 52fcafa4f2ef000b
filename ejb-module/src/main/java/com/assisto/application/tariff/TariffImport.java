package com.assisto.application.tariff;

import com.assisto.domain.exchange.BatchOutcome;
import com.assisto.domain.item.Item;
import com.assisto.domain.item.ItemRepository;
import com.assisto.domain.shared.Message;
import com.assisto.domain.tariff.Tariff;
import com.assisto.domain.tariff.TariffPriceReport;
import com.assisto.domain.tariff.TariffRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies the ERP's price lists (X1, M3) with their dated prices, a batch per transaction: a
 * tariff named for the first time is created, a price from a new day is added (the earlier ones
 * stay as history), the price of a day already priced is corrected, the same one is left alone; a
 * price of an unknown item is refused with its reason.
 */
@Stateless
public class TariffImport {

    @Inject
    private TariffRepository tariffs;

    @Inject
    private ItemRepository items;

    public BatchOutcome apply(List<TariffPriceReport> reports) {
        BatchOutcome outcome = new BatchOutcome();
        Set<String> itemCodes = new HashSet<>();
        reports.forEach(report -> {
            if (report.itemCode() != null) {
                itemCodes.add(report.itemCode());
            }
        });
        Map<String, Item> known = new HashMap<>();
        items.findByCodes(itemCodes).forEach(item -> known.put(item.getCode(), item));
        Map<String, Tariff> byCode = new HashMap<>();
        Set<Tariff> changed = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        for (int index = 0; index < reports.size(); index++) {
            TariffPriceReport report = reports.get(index);
            Optional<Message> problem = report.problem();
            if (problem.isPresent()) {
                outcome.refuse(index, problem.get());
                continue;
            }
            Item item = report.itemCode() == null ? null : known.get(report.itemCode());
            if (report.itemCode() != null && item == null) {
                outcome.refuse(
                        index,
                        Message.of("import.fieldError", "cod_articolo", Message.of("item.unknown", report.itemCode())));
                continue;
            }
            if (!seen.add(report.key())) {
                outcome.refuse(index, Message.of("tariff.repeated", report.key()));
                continue;
            }
            Tariff tariff = byCode.computeIfAbsent(report.tariffCode(), this::tariff);
            if (tariff.getId() == null) {
                tariff.rename(report.tariffName() == null ? report.tariffCode() : report.tariffName());
            }
            Tariff.PriceReportOutcome result =
                    tariff.reportPrice(item, report.typologyCode(), report.validFrom(), report.monthlyPrice());
            if (result == Tariff.PriceReportOutcome.UNCHANGED) {
                outcome.unchanged();
            } else {
                changed.add(tariff);
                outcome.applied();
            }
        }
        for (Tariff tariff : changed) {
            if (tariff.getId() == null) {
                tariffs.add(tariff);
            } else {
                tariffs.pricesChanged(tariff);
            }
        }
        return outcome;
    }

    /** The tariff with the code, or a new one not stored yet. */
    private Tariff tariff(String code) {
        return tariffs.findByCode(code).orElseGet(() -> new Tariff(code, code));
    }
}
