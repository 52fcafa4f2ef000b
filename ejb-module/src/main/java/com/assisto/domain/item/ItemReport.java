package com.assisto.domain.item;

import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.Message;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ERP's report of an item (X1, M2): its code, description, unit and list price, and the
 * warranty months when the ERP keeps them (null when it does not: Assisto's own value stays). The
 * warranty's urgency, renewal and warning terms and the serial tracking are Assisto's and are
 * never overwritten by the ERP.
 */
public record ItemReport(String code, String description, String unit, BigDecimal unitPrice, Integer warrantyMonths) {

    /** The ERP's columns by the item's fields, so that a refusal names what the ERP sent. */
    private static final Map<String, String> COLUMNS = Map.of(
            "description", "descrizione",
            "unit", "um",
            "unitPrice", "prezzo",
            "warrantyMonths", "mesi_garanzia",
            "warrantyConvertible", "mesi_garanzia");

    public ItemReport {
        code = code == null ? null : code.strip();
        // at the scale the item keeps, so that a price as stored compares equal
        unitPrice = unitPrice == null ? null : com.assisto.domain.shared.Money.of(unitPrice);
    }

    /** An item the ERP reports for the first time gets Assisto's default terms besides what the ERP says. */
    public ItemTerms newTerms() {
        return merged(new ItemTerms(null, null, null, 0, null, false, 30, false, false));
    }

    /** The item's terms with what the ERP says over them. */
    public ItemTerms merged(ItemTerms current) {
        return new ItemTerms(
                description,
                unit,
                unitPrice,
                warrantyMonths == null ? current.warrantyMonths() : warrantyMonths,
                current.warrantyUrgency(),
                current.autoRenew(),
                current.warningDays(),
                current.warrantyConvertible(),
                current.serialTracked());
    }

    /** What is wrong with the terms, each problem naming the ERP's column; empty when they can be applied. */
    public static Optional<Message> problem(String code, ItemTerms terms) {
        List<Message> problems = new java.util.ArrayList<>();
        if (code == null || code.isBlank()) {
            problems.add(Message.of("import.fieldError", "cod_articolo", Message.of("value.required")));
        } else if (code.strip().length() > Item.CODE_LENGTH) {
            problems.add(
                    Message.of("import.fieldError", "cod_articolo", Message.of("value.tooLong", Item.CODE_LENGTH)));
        }
        if (terms.description() != null && terms.description().length() > Item.DESCRIPTION_LENGTH) {
            problems.add(Message.of(
                    "import.fieldError", "descrizione", Message.of("value.tooLong", Item.DESCRIPTION_LENGTH)));
        }
        if (terms.unit() != null && terms.unit().length() > Item.UNIT_LENGTH) {
            problems.add(Message.of("import.fieldError", "um", Message.of("value.tooLong", Item.UNIT_LENGTH)));
        }
        for (FieldError error : terms.errors()) {
            problems.add(Message.of(
                    "import.fieldError", COLUMNS.getOrDefault(error.field(), error.field()), error.problem()));
        }
        return problems.stream().reduce((first, next) -> Message.of("import.fieldErrors", first, next));
    }
}
