package com.assisto.domain.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ItemTest {

    @Test
    void stockIsKeptPerWarehouseAndReplacedByTheNextReport() {
        Item item = new Item(
                "CP0001", new ItemTerms("Copier", "pz", new BigDecimal("2500"), 24, "NBD", true, 30, true, true));
        item.reportStock("MAIN", new BigDecimal("5"), BigDecimal.ZERO, new BigDecimal("2"), LocalDate.of(2027, 1, 1));
        item.reportStock(
                "NORTH", new BigDecimal("3"), new BigDecimal("10"), BigDecimal.ZERO, LocalDate.of(2027, 1, 15));
        item.reportStock("MAIN", new BigDecimal("4"), BigDecimal.ZERO, new BigDecimal("1"), null);

        assertEquals(2, item.getStock().size());
        assertEquals(new BigDecimal("7"), item.totalOnHand());
        assertEquals(new BigDecimal("10"), item.totalOnOrder());
        StockLevel main = item.stockAt("MAIN").orElseThrow();
        assertEquals(new BigDecimal("3"), main.available());
        assertNull(main.getExpectedOn(), "nothing on order, nothing expected");
        assertEquals(
                LocalDate.of(2027, 1, 15), item.stockAt("NORTH").orElseThrow().getExpectedOn());
    }

    @Test
    void termsAreValidatedFieldByField() {
        ItemTerms bad = new ItemTerms(" ", null, new BigDecimal("-1"), 300, null, false, 400, true, false);
        assertEquals(
                List.of("description", "unitPrice", "warrantyMonths", "warningDays"),
                bad.errors().stream().map(FieldError::field).toList());
        assertEquals(
                "description is required; unitPrice cannot be negative; warrantyMonths must be between 0 and 240;"
                        + " warningDays must be between 0 and 365",
                FieldError.describe(bad.errors()));
        assertEquals(
                List.of(
                        "è obbligatorio",
                        "non può essere negativo",
                        "deve essere tra 0 e 240",
                        "deve essere tra 0 e 365"),
                bad.errors().stream()
                        .map(error -> error.problem().text(Locale.ITALIAN))
                        .toList());
        ItemTerms convertibleWithoutWarranty =
                new ItemTerms("Kit", null, BigDecimal.ONE, 0, null, false, 30, true, false);
        assertEquals(
                "warrantyConvertible",
                convertibleWithoutWarranty.errors().get(0).field());
        assertEquals(
                "un articolo senza garanzia non ha una garanzia da convertire",
                convertibleWithoutWarranty.errors().get(0).problem().text(Locale.ITALIAN));
        assertThrows(ValidationException.class, () -> new Item("K1", bad));
    }

    @Test
    void theUnitPriceIsMoney() {
        Item item =
                new Item("K1", new ItemTerms("Kit", null, new BigDecimal("19.999"), 0, null, false, 30, false, false));
        assertEquals("20.00", item.getUnitPrice().toPlainString());
    }
}
