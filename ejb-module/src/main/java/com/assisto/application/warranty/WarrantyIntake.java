package com.assisto.application.warranty;

import com.assisto.application.shared.CallerScope;
import com.assisto.application.shared.Numbering;
import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractRepository;
import com.assisto.domain.contracttype.ContractType;
import com.assisto.domain.customer.Customer;
import com.assisto.domain.customer.CustomerRepository;
import com.assisto.domain.equipment.Equipment;
import com.assisto.domain.equipment.EquipmentDetails;
import com.assisto.domain.equipment.EquipmentStatus;
import com.assisto.domain.equipment.Placement;
import com.assisto.domain.item.Item;
import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.Text;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.warranty.InboundInvoice;
import com.assisto.domain.warranty.InvoiceLine;
import com.assisto.domain.warranty.InvoiceSerials;
import com.assisto.domain.warranty.WarrantyGroup;
import com.assisto.domain.warranty.WarrantyRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns an ERP invoice into equipment at the customer and warranty contracts (W1), all or
 * nothing: every problem of the invoice is reported at once, each naming its JSON path
 * ({@code lines[2].serialNumbers[0]}), serials already registered for their item among them; an
 * invoice number seen before creates nothing and answers what it created then.
 */
@Stateless
public class WarrantyIntake {

    @Inject
    private WarrantyRepository invoices;

    @Inject
    private CustomerRepository customers;

    @Inject
    private ContractRepository contracts;

    @EJB
    private Numbering numbering;

    @Inject
    private CallerScope caller;
    /** The warranty contract type invoices create; empty: the warranty type with the lowest code. */
    @Inject
    @ConfigProperty(name = "assisto.warranty.contract-type", defaultValue = " ")
    private String warrantyTypeCode;

    public IntakeResult receive(InvoiceDocument invoice, String source) {
        String number = Text.trimToNull(invoice.number());
        Optional<InboundInvoice> earlier = number == null ? Optional.empty() : invoices.findInvoice(number);
        if (earlier.isPresent()) {
            return new IntakeResult(
                    number,
                    true,
                    earlier.get().getEquipmentCount(),
                    invoices.warrantyNumbers(earlier.get().getId()));
        }
        Checked checked = check(invoice, number);
        ContractType type = warrantyType();
        InboundInvoice received = new InboundInvoice(
                number, checked.customer(), invoice.date(), source, caller.callerName(), Instant.now());
        invoices.addInvoice(received);
        int equipmentCount = 0;
        List<String> warranties = new ArrayList<>();
        for (WarrantyGroup group : WarrantyGroup.of(checked.lines())) {
            List<Equipment> delivered = new ArrayList<>();
            for (InvoiceLine line : group.lines()) {
                delivered.addAll(deliver(checked.customer(), line, invoice));
            }
            delivered.forEach(invoices::addEquipment);
            equipmentCount += delivered.size();
            int year = invoice.date().getYear();
            String contractNumber =
                    numbering.next(type.seriesKey(false, year), sequence -> type.contractNumber(year, sequence));
            Map<String, Object> fields = new HashMap<>();
            if (group.urgency() != null
                    && type.getFields().stream()
                            .anyMatch(field -> field.getKey().equals("urgency"))) {
                fields.put("urgency", group.urgency());
            }
            Contract warranty = Contract.warrantyFromInvoice(
                    type,
                    checked.customer(),
                    contractNumber,
                    received.getId(),
                    invoice.date(),
                    group.months(),
                    fields,
                    delivered);
            contracts.add(warranty);
            warranties.add(contractNumber);
        }
        received.produced(equipmentCount, warranties.size());
        return new IntakeResult(number, false, equipmentCount, warranties);
    }

    private record Checked(Customer customer, List<InvoiceLine> lines) {}

    private Checked check(InvoiceDocument invoice, String number) {
        List<FieldError> errors = new ArrayList<>();
        if (number == null || number.length() > 40) {
            errors.add(new FieldError("number", "warranty.invoiceNumber", 40));
        }
        if (invoice.date() == null) {
            errors.add(new FieldError("date", "value.required"));
        }
        Customer customer = Text.trimToNull(invoice.customerCode()) == null
                ? null
                : customers.findByCode(invoice.customerCode().trim()).orElse(null);
        if (customer == null) {
            errors.add(new FieldError("customerCode", "customer.noSuchCode", invoice.customerCode()));
        }
        List<InvoiceDocument.Line> lines = invoice.lines() == null ? List.of() : invoice.lines();
        if (lines.isEmpty()) {
            errors.add(new FieldError("lines", "warranty.noLines"));
        }
        Set<String> codes = lines.stream()
                .map(InvoiceDocument.Line::itemCode)
                .filter(code -> code != null)
                .collect(Collectors.toSet());
        Map<String, Item> items = invoices.itemsByCode(codes);
        List<InvoiceLine> checked = new ArrayList<>();
        List<InvoiceSerials.Line> shipped = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            InvoiceDocument.Line line = lines.get(i);
            String at = "lines[" + i + "]";
            Item item = items.get(line.itemCode());
            List<String> serials = line.serialNumbers() == null
                    ? List.of()
                    : line.serialNumbers().stream()
                            .map(Text::trimToNull)
                            .filter(serial -> serial != null)
                            .toList();
            if (item == null) {
                errors.add(new FieldError(at + ".itemCode", "item.noSuchCode", line.itemCode()));
            }
            if (line.quantity() < 1 || line.quantity() > 10_000) {
                errors.add(new FieldError(at + ".quantity", "value.between", 1, 10_000));
            }
            if (!serials.isEmpty() && serials.size() != line.quantity()) {
                errors.add(
                        new FieldError(at + ".serialNumbers", "warranty.serialCount", serials.size(), line.quantity()));
            }
            if (item != null && item.isSerialTracked() && item.hasWarranty() && serials.isEmpty()) {
                errors.add(new FieldError(at + ".serialNumbers", "warranty.serialsRequired", item.getCode()));
            }
            shipped.add(new InvoiceSerials.Line(line.itemCode(), serials));
            if (item != null) {
                checked.add(new InvoiceLine(line.lineNumber(), item, line.quantity(), serials));
            }
        }
        errors.addAll(InvoiceSerials.check(shipped, registered(shipped)));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Checked(customer, checked);
    }

    /** The equipment already registered with the invoice's serials for the same items, and the warranty covering each. */
    private List<InvoiceSerials.Registered> registered(List<InvoiceSerials.Line> shipped) {
        Set<String> codes = shipped.stream()
                .filter(line -> !line.serialNumbers().isEmpty())
                .map(InvoiceSerials.Line::itemCode)
                .filter(code -> code != null)
                .collect(Collectors.toSet());
        Set<String> serials =
                shipped.stream().flatMap(line -> line.serialNumbers().stream()).collect(Collectors.toSet());
        return invoices.registered(codes, serials);
    }

    private static List<Equipment> deliver(Customer customer, InvoiceLine line, InvoiceDocument invoice) {
        List<Equipment> delivered = new ArrayList<>();
        for (int unit = 0; unit < line.quantity(); unit++) {
            String serial =
                    line.serialNumbers().isEmpty() ? null : line.serialNumbers().get(unit);
            delivered.add(new Equipment(
                    customer,
                    line.item(),
                    Placement.NOT_RECORDED,
                    new EquipmentDetails(
                            serial,
                            line.item().getDescription(),
                            null,
                            null,
                            null,
                            invoice.date(),
                            invoice.date()
                                    .plusMonths(line.item().getWarrantyMonths())
                                    .minusDays(1),
                            true,
                            EquipmentStatus.IN_SERVICE)));
        }
        return delivered;
    }

    private ContractType warrantyType() {
        String code = Text.trimToNull(warrantyTypeCode);
        List<ContractType> types = invoices.warrantyTypes(code);
        if (types.isEmpty()) {
            throw code == null
                    ? new ValidationException("type", "warranty.noType")
                    : new ValidationException("type", "warranty.notWarrantyType", code);
        }
        return types.get(0);
    }
}
