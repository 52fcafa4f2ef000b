package com.assisto.domain.contract;

import com.assisto.domain.contracttype.ContractType;
import com.assisto.domain.customer.Customer;
import com.assisto.domain.customer.CustomerRegistry;
import com.assisto.domain.equipment.Equipment;
import com.assisto.domain.item.Item;
import com.assisto.domain.item.ItemTerms;
import com.assisto.domain.pricing.LinePrice;
import com.assisto.domain.shared.Address;
import com.assisto.domain.shared.customfields.CustomFieldDefinition;
import com.assisto.domain.shared.customfields.CustomFieldKind;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parameter fields a contract document template can use (C13), as text formatted for the
 * template's language: {@code contract.*}, {@code customer.*}, {@code lines}, {@code instalments},
 * {@code fields.<custom field key>} and {@code today}. Every custom field of the type is present
 * (empty when not filled in), so an optional field never breaks a document.
 */
public final class DocumentFields {

    private final Locale locale;
    private final DateTimeFormatter dates;
    private final NumberFormat amounts;

    public DocumentFields(String language) {
        this.locale = Locale.forLanguageTag(language);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.amounts = NumberFormat.getNumberInstance(locale);
        amounts.setMinimumFractionDigits(2);
        amounts.setMaximumFractionDigits(2);
    }

    public Map<String, Object> of(Contract contract, LocalDate today) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("today", date(today));
        model.put("contract", contract(contract));
        model.put("customer", customer(contract.getCustomer()));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (ContractLine line : contract.getLines()) {
            if (line.isCovered()) {
                lines.add(line(line));
            }
        }
        model.put("lines", lines);
        List<Map<String, Object>> instalments = new ArrayList<>();
        for (ScheduledInstalment planned : contract.schedule()) {
            Map<String, Object> instalment = new LinkedHashMap<>();
            instalment.put("sequence", String.valueOf(planned.sequence()));
            instalment.put("dueDate", date(planned.dueDate()));
            instalment.put("periodFrom", date(planned.period().from()));
            instalment.put("periodTo", date(planned.period().to()));
            instalment.put("amount", money(planned.amount()));
            instalments.add(instalment);
        }
        model.put("instalments", instalments);
        model.put("fields", customFields(contract.getType(), contract.getCustomFields()));
        return model;
    }

    /** The fields of a delivery note: its number, date, kind, the calculation and the amount. */
    public Map<String, Object> of(DeliveryNote note) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("number", note.getNumber());
        fields.put("date", date(note.getNoteDate()));
        fields.put("kind", note.getKind().name());
        fields.put("description", note.description().text(locale));
        fields.put("periodFrom", date(note.getPeriodFrom()));
        fields.put("periodTo", date(note.getPeriodTo()));
        fields.put("remainingDays", String.valueOf(note.getRemainingDays()));
        fields.put("periodDays", String.valueOf(note.getPeriodDays()));
        fields.put("fullValue", money(note.getFullValue()));
        fields.put("amount", money(note.getAmount()));
        return fields;
    }

    /**
     * The fields of a made-up contract of the type, with every custom field filled in: a
     * template that renders against it uses only fields that exist.
     */
    public Map<String, Object> specimen(ContractType type) {
        Customer customer = new Customer(new CustomerRegistry(
                "000.00000",
                "Specimen Customer Srl",
                null,
                null,
                "Legal Representative",
                new Address("Via Roma 1", "20100", "Milano", "MI", "IT"),
                "info@example.com",
                null,
                null,
                "RB30"));
        Map<String, Object> values = new LinkedHashMap<>();
        for (CustomFieldDefinition field : type.getFields()) {
            values.put(
                    field.getKey(),
                    switch (field.getKind()) {
                        case NUMBER -> "1";
                        case DATE -> "2026-01-01";
                        case CHOICE -> field.choices().get(0);
                        case TABLE -> List.of(specimenRow(field));
                        default -> "text";
                    });
        }
        LocalDate start = LocalDate.of(2026, 1, 1);
        Contract contract = Contract.quote(
                type, customer, type.contractNumber(2026, 1), type.defaultTerms(start, "1", "RB30"), values, start);
        Item item = new Item(
                "ITEM", new ItemTerms("Specimen item", "pz", BigDecimal.ONE, 0, null, false, 30, false, false));
        contract.addLine(null, item, null, LinePrice.manual(new BigDecimal("1200"), null), null);
        return of(contract, start);
    }

    private static Map<String, Object> specimenRow(CustomFieldDefinition field) {
        Map<String, Object> row = new LinkedHashMap<>();
        field.columns()
                .forEach((column, kind) -> row.put(
                        column,
                        switch (kind) {
                            case NUMBER -> "1";
                            case DATE -> "2026-01-01";
                            default -> "text";
                        }));
        return row;
    }

    private Map<String, Object> contract(Contract contract) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("number", contract.getNumber());
        fields.put("quoteNumber", text(contract.getQuoteNumber()));
        fields.put("type", contract.getType().getCode());
        fields.put("typeName", contract.getType().getName());
        fields.put("status", contract.getStatus().name());
        fields.put("typology", text(contract.getTypologyCode()));
        fields.put("issuedOn", date(contract.getIssuedOn()));
        fields.put("quoteValidUntil", date(contract.getQuoteValidUntil()));
        fields.put("startDate", date(contract.getStartDate()));
        fields.put("endDate", date(contract.getEndDate()));
        fields.put("durationMonths", String.valueOf(contract.getDurationMonths()));
        fields.put("billingMonths", String.valueOf(contract.getBillingMonths()));
        fields.put("renewalMonths", String.valueOf(contract.getRenewalMonths()));
        fields.put("autoRenew", contract.isAutoRenew() ? "yes" : "no");
        fields.put("paymentTerms", text(contract.getPaymentTerms()));
        fields.put("value", money(contract.getValue()));
        return fields;
    }

    private Map<String, Object> customer(Customer customer) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", customer.getCode());
        fields.put("name", customer.getName());
        fields.put("vatNumber", text(customer.getVatNumber()));
        fields.put("taxCode", text(customer.getTaxCode()));
        fields.put("legalRepresentative", text(customer.getLegalRepresentative()));
        Address address = customer.getBillingAddress();
        fields.put("street", text(address == null ? null : address.getStreet()));
        fields.put("postalCode", text(address == null ? null : address.getPostalCode()));
        fields.put("city", text(address == null ? null : address.getCity()));
        fields.put("province", text(address == null ? null : address.getProvince()));
        fields.put("email", text(customer.getEmail()));
        fields.put("pec", text(customer.getPec()));
        return fields;
    }

    private Map<String, Object> line(ContractLine line) {
        Map<String, Object> fields = new LinkedHashMap<>();
        Equipment equipment = line.getEquipment();
        fields.put("description", line.getDescription());
        fields.put("item", line.getItem() == null ? "" : line.getItem().getCode());
        fields.put("serialNumber", text(equipment == null ? null : equipment.getSerialNumber()));
        fields.put("manufacturer", text(equipment == null ? null : equipment.getManufacturer()));
        fields.put("manufacturerSerial", text(equipment == null ? null : equipment.getManufacturerSerial()));
        fields.put(
                "site",
                text(
                        equipment == null || equipment.getSite() == null
                                ? null
                                : equipment.getSite().getName()));
        fields.put("location", text(equipment == null ? null : equipment.getLocationDetail()));
        fields.put("coveredFrom", date(line.getCoveredFrom()));
        fields.put("price", money(line.getPrice().getAmount()));
        fields.put("priceExplanation", line.getPrice().explanation().text(locale));
        return fields;
    }

    private Map<String, Object> customFields(ContractType type, Map<String, Object> values) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (CustomFieldDefinition field : type.getFields()) {
            Object value = values.get(field.getKey());
            if (field.getKind() == CustomFieldKind.TABLE) {
                List<Map<String, Object>> rows = new ArrayList<>();
                if (value instanceof List<?> stored) {
                    for (Object row : stored) {
                        Map<String, Object> cells = new LinkedHashMap<>();
                        Map<?, ?> storedRow = (Map<?, ?>) row;
                        field.columns()
                                .forEach((column, kind) -> cells.put(column, format(kind, storedRow.get(column))));
                        rows.add(cells);
                    }
                }
                fields.put(field.getKey(), rows);
            } else {
                fields.put(field.getKey(), format(field.getKind(), value));
            }
        }
        return fields;
    }

    private String format(CustomFieldKind kind, Object value) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case NUMBER -> NumberFormat.getNumberInstance(locale).format(new BigDecimal(value.toString()));
            case DATE -> date(LocalDate.parse(value.toString()));
            default -> value.toString();
        };
    }

    private String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    private String money(BigDecimal amount) {
        return amount == null ? "" : "€ " + amounts.format(amount);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
