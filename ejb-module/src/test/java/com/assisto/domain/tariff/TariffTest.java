package com.assisto.domain.tariff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.domain.item.Item;
import com.assisto.domain.item.ItemTerms;
import com.assisto.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TariffTest {

    private static Item item(String code) {
        return new Item(
                code, new ItemTerms("Copier " + code, "pz", new BigDecimal("2500"), 24, "NBD", true, 30, true, true));
    }

    @Test
    void thePriceInForceIsTheLatestNotAfterTheDate() {
        Tariff tariff = new Tariff("STD", "Standard");
        Item copier = item("CP0001");
        Item other = item("CP0002");
        tariff.setPrice(copier, LocalDate.of(2024, 1, 1), new BigDecimal("30"));
        tariff.setPrice(copier, LocalDate.of(2025, 1, 1), new BigDecimal("31.5"));
        tariff.setPrice(other, LocalDate.of(2025, 6, 1), new BigDecimal("99"));

        assertEquals(Optional.empty(), tariff.priceOf(copier, LocalDate.of(2023, 12, 31)));
        assertEquals(
                new BigDecimal("30.00"),
                tariff.priceOf(copier, LocalDate.of(2024, 1, 1)).orElseThrow());
        assertEquals(
                new BigDecimal("30.00"),
                tariff.priceOf(copier, LocalDate.of(2024, 12, 31)).orElseThrow());
        assertEquals(
                new BigDecimal("31.50"),
                tariff.priceOf(copier, LocalDate.of(2025, 1, 1)).orElseThrow());
        assertEquals(
                new BigDecimal("31.50"),
                tariff.priceOf(copier, LocalDate.of(2030, 1, 1)).orElseThrow());
        assertEquals(3, tariff.getPrices().size(), "every price is kept as history");
    }

    @Test
    void pricesRecordedOutOfOrderAnswerByDateNotByEntry() {
        Tariff tariff = new Tariff("STD", "Standard");
        Item copier = item("CP0001");
        tariff.setPrice(copier, LocalDate.of(2026, 1, 1), new BigDecimal("33"));
        tariff.setPrice(copier, LocalDate.of(2024, 1, 1), new BigDecimal("30"));
        tariff.setPrice(copier, LocalDate.of(2025, 1, 1), new BigDecimal("31.5"));
        PriceList selection = new PriceSelection("STD", tariff.getPrices());

        assertEquals(
                new BigDecimal("31.50"),
                selection
                        .priceInForce("CP0001", null, LocalDate.of(2025, 7, 1))
                        .orElseThrow()
                        .getMonthlyPrice());
        assertEquals(
                new BigDecimal("33.00"),
                selection
                        .priceInForce("CP0001", "2", LocalDate.of(2027, 1, 1))
                        .orElseThrow()
                        .getMonthlyPrice());
        assertTrue(
                selection.priceInForce("CP0001", null, LocalDate.of(2023, 1, 1)).isEmpty());
        assertTrue(selection.priceInForce(null, null, LocalDate.of(2025, 1, 1)).isEmpty());
    }

    @Test
    void typologyPricesAreSeparateFromItemPrices() {
        Tariff tariff = new Tariff("STD", "Standard");
        tariff.setTypologyPrice("2", LocalDate.of(2024, 1, 1), new BigDecimal("45"));
        assertEquals(
                new BigDecimal("45.00"),
                tariff.priceOfTypology("2", LocalDate.of(2024, 3, 1)).orElseThrow());
        assertTrue(tariff.priceOfTypology("3", LocalDate.of(2024, 3, 1)).isEmpty());
        assertTrue(tariff.priceOf(item("CP0001"), LocalDate.of(2024, 3, 1)).isEmpty());
    }

    @Test
    void aSecondPriceOnTheSameDayIsRefused() {
        Tariff tariff = new Tariff("STD", "Standard");
        Item copier = item("CP0001");
        tariff.setPrice(copier, LocalDate.of(2024, 1, 1), new BigDecimal("30"));
        ValidationException refused = assertThrows(
                ValidationException.class,
                () -> tariff.setPrice(copier, LocalDate.of(2024, 1, 1), new BigDecimal("32")));
        assertEquals("validFrom", refused.getErrors().get(0).field());
        assertEquals(
                "a price for item CP0001 from 2024-01-01 already exists in tariff STD",
                refused.getErrors().get(0).message());
        assertEquals(
                "un prezzo per articolo CP0001 dal 01/01/2024 esiste già nella tariffa STD",
                refused.getErrors().get(0).problem().text(Locale.ITALIAN));
        assertEquals(
                "tipologia 2",
                tariff.setTypologyPrice("2", LocalDate.of(2024, 1, 1), BigDecimal.TEN)
                        .subject()
                        .text(Locale.ITALIAN));
    }

    @Test
    void negativeOrMissingPricesAreRefused() {
        Tariff tariff = new Tariff("STD", "Standard");
        Item copier = item("CP0001");
        assertThrows(
                ValidationException.class,
                () -> tariff.setPrice(copier, LocalDate.of(2024, 1, 1), new BigDecimal("-1")));
        assertThrows(ValidationException.class, () -> tariff.setPrice(copier, null, BigDecimal.TEN));
        assertEquals(
                "monthlyPrice is required and cannot be negative",
                assertThrows(ValidationException.class, () -> tariff.setPrice(copier, LocalDate.of(2024, 1, 1), null))
                        .getMessage());
    }

    @Test
    void aPriceAddedAfterALookupIsSeenByTheNextOne() {
        Tariff tariff = new Tariff("STD", "Standard");
        Item copier = item("CP0001");
        tariff.setPrice(copier, LocalDate.of(2025, 1, 1), new BigDecimal("30"));
        assertEquals(
                new BigDecimal("30.00"),
                tariff.priceOf(copier, LocalDate.of(2026, 6, 1)).orElseThrow());
        tariff.setPrice(copier, LocalDate.of(2026, 1, 1), new BigDecimal("32"));
        assertEquals(
                new BigDecimal("32.00"),
                tariff.priceOf(copier, LocalDate.of(2026, 6, 1)).orElseThrow());
    }

    @Test
    void theErpsPriceOfANewDayIsAddedTheSameDayIsCorrectedAndTheSamePriceChangesNothing() {
        Tariff tariff = new Tariff("STD", "Standard");
        Item copier = item("CP0001");
        assertEquals(
                Tariff.PriceReportOutcome.ADDED,
                tariff.reportPrice(copier, null, LocalDate.of(2026, 1, 1), new BigDecimal("30")));
        assertEquals(
                Tariff.PriceReportOutcome.ADDED,
                tariff.reportPrice(copier, null, LocalDate.of(2027, 1, 1), new BigDecimal("31.5")));
        assertEquals(
                Tariff.PriceReportOutcome.UNCHANGED,
                tariff.reportPrice(copier, null, LocalDate.of(2027, 1, 1), new BigDecimal("31.50")));
        assertEquals(
                Tariff.PriceReportOutcome.CORRECTED,
                tariff.reportPrice(copier, null, LocalDate.of(2027, 1, 1), new BigDecimal("32")));
        assertEquals(2, tariff.getPrices().size());
        assertEquals(Optional.of(new BigDecimal("30.00")), tariff.priceOf(copier, LocalDate.of(2026, 12, 31)));
        assertEquals(Optional.of(new BigDecimal("32.00")), tariff.priceOf(copier, LocalDate.of(2027, 1, 1)));
    }

    @Test
    void aReportedPriceNamesEachWrongColumn() {
        TariffPriceReport both = new TariffPriceReport("STD", null, "CP0001", "FULL", null, new BigDecimal("-1"));
        assertEquals(
                "cod_articolo a price is for either an item or a service typology; valido_dal is required;"
                        + " canone_mensile is required and cannot be negative",
                both.problem().orElseThrow().text(Locale.ENGLISH));
        assertTrue(new TariffPriceReport("STD", "Standard", null, "FULL", LocalDate.of(2027, 1, 1), BigDecimal.TEN)
                .problem()
                .isEmpty());
    }
}
