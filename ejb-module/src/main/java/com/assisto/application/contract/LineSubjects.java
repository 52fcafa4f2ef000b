package com.assisto.application.contract;

import com.assisto.application.item.ItemService;
import com.assisto.domain.contract.Contract;
import com.assisto.domain.customer.Customer;
import com.assisto.domain.equipment.Equipment;
import com.assisto.domain.equipment.EquipmentRepository;
import com.assisto.domain.item.Item;
import com.assisto.domain.item.ItemRepository;
import com.assisto.domain.pricing.LinePrice;
import com.assisto.domain.pricing.LinePricer;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.tariff.PriceList;
import com.assisto.domain.tariff.Tariff;
import com.assisto.domain.tariff.TariffRepository;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** What a requested contract line is about (its equipment and item) and what it costs (C4). */
@Dependent
public class LineSubjects {

    @EJB
    private ItemService items;

    @Inject
    private EquipmentRepository equipment;

    @Inject
    private ItemRepository itemRepository;

    @Inject
    private TariffRepository tariffs;

    /** The equipment the line names, if any. */
    public Equipment equipment(LineRequest line) {
        if (line.equipmentId() == null) {
            return null;
        }
        return equipment
                .find(line.equipmentId())
                .orElseThrow(() -> new ValidationException(
                        "equipmentId", "equipment.unknown", String.valueOf(line.equipmentId())));
    }

    /** The item the line names by code, or else the equipment's item. */
    public Item item(LineRequest line, Equipment equipment) {
        if (line.itemCode() == null || line.itemCode().isBlank()) {
            return equipment == null ? null : equipment.getItem();
        }
        return items.requireByCode(line.itemCode(), "itemCode");
    }

    /** The items the lines name by code, read in one query. */
    public Map<String, Item> itemsByCode(List<LineRequest> lines) {
        List<String> codes = lines.stream()
                .map(LineRequest::itemCode)
                .filter(code -> code != null && !code.isBlank())
                .map(String::trim)
                .distinct()
                .toList();
        return itemRepository.findByCodes(codes).stream().collect(Collectors.toMap(Item::getCode, item -> item));
    }

    /**
     * The customer's tariff prices for these items and the typology, read without loading the
     * whole tariff into the transaction; null when the customer has no tariff.
     */
    public PriceList priceList(Customer customer, List<Item> lineItems, String typologyCode) {
        Tariff tariff = customer.getTariff();
        if (tariff == null) {
            return null;
        }
        List<Long> itemIds = lineItems.stream()
                .filter(Objects::nonNull)
                .map(Item::getId)
                .distinct()
                .toList();
        return tariffs.priceLists(List.of(tariff), itemIds, typologyCode == null ? List.of() : List.of(typologyCode))
                .get(tariff.getId());
    }

    /** The price of the line on the contract, from the prices given (see {@link LinePricer}). */
    public LinePrice price(Contract contract, Item item, LineRequest line, PriceList prices) {
        return LinePricer.price(
                contract.getType().isWarranty(),
                contract.terms(),
                prices,
                item,
                line.coefficientMonths(),
                line.price());
    }

    /** The price of one more line on the contract, reading the customer's tariff for its item only. */
    public LinePrice price(Contract contract, Item item, LineRequest line) {
        if (contract.getType().isWarranty()) {
            return LinePrice.warranty();
        }
        return price(
                contract,
                item,
                line,
                priceList(
                        contract.getCustomer(), java.util.Collections.singletonList(item), contract.getTypologyCode()));
    }
}
