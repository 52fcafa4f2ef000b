package com.assisto.domain.item;

import com.assisto.domain.shared.Message;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The ERP's report of an item's stock in one warehouse or van (X1): on hand, on order from
 * suppliers with the date the goods are expected, and committed to jobs. Quantities have three
 * decimals, as the stock table keeps them; on hand may be negative (an ERP books issues before
 * receipts), on order and committed may not.
 */
public record StockReport(
        String itemCode,
        String warehouse,
        BigDecimal onHand,
        BigDecimal onOrder,
        BigDecimal committed,
        LocalDate expectedOn) {

    static final int WAREHOUSE_LENGTH = 10;

    public StockReport {
        onHand = quantity(onHand);
        onOrder = quantity(onOrder == null ? BigDecimal.ZERO : onOrder);
        committed = quantity(committed == null ? BigDecimal.ZERO : committed);
        // an expected date means nothing once nothing is on order
        expectedOn = onOrder.signum() > 0 ? expectedOn : null;
    }

    private static BigDecimal quantity(BigDecimal value) {
        return value == null ? null : value.setScale(3, RoundingMode.HALF_UP);
    }

    /** What is wrong with the report, each problem naming its field; empty when it can be applied. */
    public Optional<Message> problem() {
        List<Message> problems = new ArrayList<>();
        if (itemCode == null || itemCode.isBlank()) {
            problems.add(Message.of("import.fieldError", "cod_articolo", Message.of("value.required")));
        }
        if (warehouse == null || warehouse.isBlank()) {
            problems.add(Message.of("import.fieldError", "id_magazzino", Message.of("value.required")));
        } else if (warehouse.length() > WAREHOUSE_LENGTH) {
            problems.add(Message.of(
                    "import.fieldError", "id_magazzino", Message.of("stock.warehouseTooLong", WAREHOUSE_LENGTH)));
        }
        if (onHand == null) {
            problems.add(Message.of("import.fieldError", "giacenza", Message.of("value.required")));
        }
        if (onOrder.signum() < 0) {
            problems.add(Message.of("import.fieldError", "qta_ord_for", Message.of("stock.negative")));
        }
        if (committed.signum() < 0) {
            problems.add(Message.of("import.fieldError", "qta_ord_imp", Message.of("stock.negative")));
        }
        return problems.stream().reduce((first, next) -> Message.of("import.fieldErrors", first, next));
    }

    /** True when the stored level already says what this report says. */
    public boolean sameAs(
            BigDecimal storedOnHand, BigDecimal storedOnOrder, BigDecimal storedCommitted, LocalDate storedExpectedOn) {
        return onHand.compareTo(storedOnHand) == 0
                && onOrder.compareTo(storedOnOrder) == 0
                && committed.compareTo(storedCommitted) == 0
                && Objects.equals(expectedOn, storedExpectedOn);
    }
}
