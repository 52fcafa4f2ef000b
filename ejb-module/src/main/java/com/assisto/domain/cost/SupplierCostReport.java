package com.assisto.domain.cost;

import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The ERP's report of a line of a supplier's invoice that is a cost of the service (X1, R1): the
 * supplier, the invoice's number and date, the line, what was bought and its amount, and what it is
 * a cost of: a contract (by its number), a piece of equipment (by its serial number), or both.
 */
public record SupplierCostReport(
        String supplierCode,
        String document,
        LocalDate documentDate,
        int line,
        String description,
        BigDecimal amount,
        String contractNumber,
        String serialNumber) {

    static final int CODE_LENGTH = 30;
    static final int DESCRIPTION_LENGTH = 200;

    public SupplierCostReport {
        supplierCode = blankToNull(supplierCode);
        document = blankToNull(document);
        description = blankToNull(description);
        contractNumber = blankToNull(contractNumber);
        serialNumber = blankToNull(serialNumber);
        amount = amount == null ? null : Money.of(amount);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The line's key at the ERP: supplier, invoice number and date, line. */
    public String key() {
        return supplierCode + "/" + document + "/" + documentDate + "/" + line;
    }

    /** What is wrong with the report, each problem naming the ERP's column; empty when it can be applied. */
    public Optional<Message> problem() {
        List<Message> problems = new ArrayList<>();
        text(problems, "cod_fornitore", supplierCode, CODE_LENGTH, true);
        text(problems, "numero_documento", document, CODE_LENGTH, true);
        text(problems, "descrizione", description, DESCRIPTION_LENGTH, false);
        if (documentDate == null) {
            problems.add(Message.of("import.fieldError", "data_documento", Message.of("value.required")));
        }
        if (line < 1) {
            problems.add(Message.of("import.fieldError", "riga", Message.of("openItem.instalmentFromOne")));
        }
        if (amount == null) {
            problems.add(Message.of("import.fieldError", "importo", Message.of("value.required")));
        }
        if (contractNumber == null && serialNumber == null) {
            problems.add(Message.of("import.fieldError", "contratto", Message.of("cost.assignRequired")));
        }
        return problems.stream().reduce((first, next) -> Message.of("import.fieldErrors", first, next));
    }

    private static void text(List<Message> problems, String column, String value, int length, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(Message.of("import.fieldError", column, Message.of("value.required")));
            }
        } else if (value.length() > length) {
            problems.add(Message.of("import.fieldError", column, Message.of("value.tooLong", length)));
        }
    }

    /** True when the stored line already says what this report says. */
    public boolean sameAs(SupplierCost stored, Long contractId, Long equipmentId) {
        return stored.getAmount().compareTo(amount) == 0
                && Objects.equals(stored.getDescription(), description)
                && Objects.equals(stored.getContractId(), contractId)
                && Objects.equals(stored.getEquipmentId(), equipmentId);
    }
}
