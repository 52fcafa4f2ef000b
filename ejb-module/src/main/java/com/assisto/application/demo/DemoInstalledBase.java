package com.assisto.application.demo;

import com.assisto.application.equipment.EquipmentInput;
import com.assisto.application.equipment.EquipmentTypeService;
import com.assisto.application.equipment.PlantService;
import com.assisto.domain.customer.Customer;
import com.assisto.domain.equipment.EquipmentDetails;
import com.assisto.domain.equipment.EquipmentType.CounterInput;
import com.assisto.domain.equipment.PlantDetails;
import com.assisto.domain.item.Item;
import com.assisto.domain.shared.customfields.CustomFieldDefinition;
import com.assisto.domain.shared.customfields.CustomFieldKind;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo company's equipment types (copiers with their counters, split air conditioners with
 * their F-gas checks, photovoltaic inverters in plants, lifts) and the card each demo machine gets.
 * Its own random sequence, so the rest of the demo data stays the same company.
 */
@Dependent
public class DemoInstalledBase {

    @EJB
    private EquipmentTypeService types;

    @EJB
    private PlantService plants;

    private final Random random = new Random(20261208L);
    private final Map<Long, Long> photovoltaicFields = new HashMap<>();

    void defineTypes() {
        types.create(
                "COPIER",
                "Multifunction copier",
                List.of(
                        field(
                                "speedPpm",
                                "Speed (pages/min)",
                                "Velocità (pagine/min)",
                                CustomFieldKind.NUMBER,
                                true,
                                null),
                        field(
                                "finisher",
                                "Finisher",
                                "Finitore",
                                CustomFieldKind.CHOICE,
                                false,
                                "none;staple;booklet")),
                List.of(
                        new CounterInput("bwTotal", "B/W total", "copies"),
                        new CounterInput("colour", "Colour", "copies")));
        types.create(
                "SPLIT",
                "Split air conditioner",
                List.of(
                        field("refrigerant", "Refrigerant", "Refrigerante", CustomFieldKind.CHOICE, true, "R32;R410A"),
                        field("chargeKg", "Charge (kg)", "Carica (kg)", CustomFieldKind.NUMBER, true, null),
                        field(
                                "fGasChecks",
                                "F-gas checks",
                                "Controlli F-gas",
                                CustomFieldKind.TABLE,
                                false,
                                "on:DATE;leakFound:TEXT;kg:NUMBER")),
                List.of(new CounterInput("hours", "Operating hours", "h")));
        types.create(
                "INVERTER",
                "Photovoltaic inverter",
                List.of(
                        field(
                                "ratedKw",
                                "Rated power (kW)",
                                "Potenza nominale (kW)",
                                CustomFieldKind.NUMBER,
                                true,
                                null),
                        field("strings", "Strings", "Stringhe", CustomFieldKind.NUMBER, false, null)),
                List.of(new CounterInput("energyKwh", "Energy produced", "kWh")));
        types.create(
                "LIFT",
                "Passenger lift",
                List.of(
                        field(
                                "registration",
                                "Registration number",
                                "Matricola comunale",
                                CustomFieldKind.TEXT,
                                true,
                                null),
                        field("stops", "Stops", "Fermate", CustomFieldKind.NUMBER, true, null)),
                List.of(new CounterInput("rides", "Rides", "rides")));
    }

    /**
     * A demo machine with its type's card where its item's family has a type; inverters stand in
     * a photovoltaic field at the customer's site.
     */
    EquipmentInput describe(Customer customer, Item item, Long siteId, EquipmentDetails details) {
        String family = item.getCode().substring(0, 2);
        LocalDate sold = details.saleDate();
        return switch (family) {
            case "CP" ->
                input(
                        customer,
                        item,
                        "COPIER",
                        Map.of(
                                "speedPpm",
                                20 + 5 * random.nextInt(9),
                                "finisher",
                                List.of("none", "staple", "booklet").get(random.nextInt(3))),
                        siteId,
                        null,
                        details);
            case "CL" ->
                input(
                        customer,
                        item,
                        "SPLIT",
                        Map.of(
                                "refrigerant",
                                random.nextBoolean() ? "R32" : "R410A",
                                "chargeKg",
                                "1." + (10 + random.nextInt(80)),
                                "fGasChecks",
                                List.of(Map.of("on", sold.plusYears(1).toString(), "leakFound", "no", "kg", 0))),
                        siteId,
                        null,
                        details);
            case "PV" ->
                input(
                        customer,
                        item,
                        "INVERTER",
                        Map.of("ratedKw", 3 + random.nextInt(30), "strings", 1 + random.nextInt(4)),
                        null,
                        siteId == null ? null : photovoltaicField(customer, siteId, sold),
                        details);
            case "LF" ->
                input(
                        customer,
                        item,
                        "LIFT",
                        Map.of("registration", "MI-" + (10000 + random.nextInt(90000)), "stops", 2 + random.nextInt(8)),
                        siteId,
                        null,
                        details);
            default -> input(customer, item, null, Map.of(), siteId, null, details);
        };
    }

    private Long photovoltaicField(Customer customer, long siteId, LocalDate commissioned) {
        return photovoltaicFields.computeIfAbsent(
                customer.getId(),
                id -> plants.create(
                                id,
                                siteId,
                                new PlantDetails(
                                        "Photovoltaic field", "Roof-mounted modules", "Roof", commissioned, null))
                        .getId());
    }

    private static EquipmentInput input(
            Customer customer,
            Item item,
            String type,
            Map<String, Object> values,
            Long siteId,
            Long plantId,
            EquipmentDetails details) {
        return new EquipmentInput(customer.getId(), item.getCode(), type, values, siteId, plantId, null, details);
    }

    private static CustomFieldDefinition field(
            String key, String label, String italian, CustomFieldKind kind, boolean required, String options) {
        return new CustomFieldDefinition(key, label, Map.of("it", italian), kind, required, options);
    }
}
