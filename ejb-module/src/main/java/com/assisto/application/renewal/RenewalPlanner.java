package com.assisto.application.renewal;

import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractLine;
import com.assisto.domain.index.PriceIndex;
import com.assisto.domain.index.PriceIndexRepository;
import com.assisto.domain.renewal.RenewalPlan;
import com.assisto.domain.tariff.PriceList;
import com.assisto.domain.tariff.Tariff;
import com.assisto.domain.tariff.TariffRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads what planning the renewal of some contracts needs, once for all of them: their
 * customers' tariff prices for their items and typologies in one query, each index series once.
 */
@Dependent
public class RenewalPlanner {

    @Inject
    private TariffRepository tariffs;

    @Inject
    private PriceIndexRepository indices;

    /** The plan of each contract, in the order given. */
    public List<RenewalPlan> plans(List<Contract> contracts) {
        Map<Long, PriceList> priceLists = priceLists(contracts);
        Function<String, Optional<PriceIndex>> indexByCode = indexByCode();
        return contracts.stream()
                .map(contract -> RenewalPlan.of(contract, priceList(contract, priceLists), indexByCode))
                .toList();
    }

    /** Index series by code, each read at most once by the function returned. */
    public Function<String, Optional<PriceIndex>> indexByCode() {
        Map<String, Optional<PriceIndex>> read = new HashMap<>();
        return code -> read.computeIfAbsent(code, indices::findByCode);
    }

    /** The tariff prices of the contracts' customers for their items and typologies, by tariff id. */
    private Map<Long, PriceList> priceLists(List<Contract> contracts) {
        List<Tariff> used = contracts.stream()
                .map(contract -> contract.getCustomer().getTariff())
                .filter(Objects::nonNull)
                .toList();
        if (used.isEmpty()) {
            return Map.of();
        }
        List<Long> itemIds = contracts.stream()
                .flatMap(contract -> contract.coveredLines().stream())
                .map(ContractLine::getItem)
                .filter(Objects::nonNull)
                .map(item -> item.getId())
                .distinct()
                .toList();
        List<String> typologies = contracts.stream()
                .map(Contract::getTypologyCode)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        // one selection per tariff, shared by its customers: a tariff serves thousands of them
        return tariffs.priceLists(used, itemIds, typologies);
    }

    private static PriceList priceList(Contract contract, Map<Long, PriceList> byTariff) {
        Tariff tariff = contract.getCustomer().getTariff();
        return tariff == null ? null : byTariff.get(tariff.getId());
    }
}
