package com.assisto.domain.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.domain.contract.Fixtures;
import com.assisto.domain.item.Item;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.tariff.Tariff;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A line's price in words (C4), as the console and documents show it in their reader's
 * language: the REST API and the English console read what they always read.
 */
class LinePriceExplanationTest {

    private static final Locale ITALIAN = Locale.ITALIAN;
    private static final LocalDate JUNE_2025 = LocalDate.of(2025, 6, 1);

    private final Item copier = Fixtures.item("CP0001");
    private final Item unpriced = Fixtures.item("CP0002");
    private final Tariff gold = gold();

    private Tariff gold() {
        Tariff tariff = new Tariff("GOLD", "Gold");
        tariff.setPrice(copier, LocalDate.of(2025, 1, 1), new BigDecimal("30"));
        tariff.setTypologyPrice("1", LocalDate.of(2025, 1, 1), new BigDecimal("1012.25"));
        return tariff;
    }

    @Test
    void aTariffPriceGivesItsFiguresInTheReadersLanguage() {
        Message explanation = TariffPricing.price(gold, copier, "1", JUNE_2025, new BigDecimal("12"))
                .explanation();

        assertEquals("tariff GOLD 30.00/month on 2025-06-01 × 12 months = 360.00", explanation.text(Locale.ENGLISH));
        assertEquals("tariffa GOLD 30,00/mese al 01/06/2025 × 12 mesi = 360,00", explanation.text(ITALIAN));
    }

    @Test
    void theServiceTypologysPriceSaysSoAndAmountsAreGrouped() {
        Message explanation = TariffPricing.price(gold, unpriced, "1", JUNE_2025, new BigDecimal("6.5"))
                .explanation();

        assertEquals(
                "tariff GOLD 1,012.25/month for the service typology on 2025-06-01 × 6.5 months = 6,579.63",
                explanation.toString());
        assertEquals(
                "tariffa GOLD 1.012,25/mese per la tipologia di servizio al 01/06/2025 × 6,5 mesi = 6.579,63",
                explanation.text(ITALIAN));
    }

    @Test
    void aManualPriceKeepsTheTariffFiguresBesideIt() {
        LinePrice tariff = TariffPricing.price(gold, copier, "1", JUNE_2025, new BigDecimal("12"));

        assertEquals(
                "Prezzo manuale 333,33 (da tariffa: tariffa GOLD 30,00/mese al 01/06/2025 × 12 mesi = 360,00)",
                LinePrice.manual(new BigDecimal("333.333"), tariff)
                        .explanation()
                        .text(ITALIAN));
        assertEquals(
                "Manual price 1,200.00 (no tariff price)",
                LinePrice.manual(new BigDecimal("1200"), null).explanation().toString());
        assertEquals(
                "Prezzo manuale 1.200,00 (nessun prezzo di tariffa)",
                LinePrice.manual(new BigDecimal("1200"), null).explanation().text(ITALIAN));
        assertEquals(
                "Garanzia: nessun addebito", LinePrice.warranty().explanation().text(ITALIAN));
    }

    @Test
    void aRenewalBasisIsStoredEncodedAndReadBackAsItWasMade() throws ReflectiveOperationException {
        LinePrice old = TariffPricing.price(gold, copier, "1", JUNE_2025, new BigDecimal("12"));
        Message basis = Message.of("renewal.basis", new BigDecimal("360.00"));

        LinePrice renewed = old.renewed(new BigDecimal("360.00"), basis, LocalDate.of(2026, 6, 1), null);

        assertTrue(column(renewed).startsWith("{\"k\":\"renewal.basis\""), column(renewed));
        assertEquals(basis, renewed.getRenewalBasis());
        assertEquals(basis, renewed.explanation());
        assertEquals("Rinnovo di 360,00", renewed.explanation().text(ITALIAN));
    }

    @Test
    void aLineRenewedBeforeExplanationsWereKeptReadsItsEnglishTextAsWritten() throws ReflectiveOperationException {
        LinePrice renewed = LinePrice.manual(new BigDecimal("378.00"), null);
        String written = "Renewal of 360.00 × tariff GOLD 31.50 on 2025-01-01 ÷ 30.00 on 2024-01-01 = 378.00";
        Field column = LinePrice.class.getDeclaredField("renewalBasis");
        column.setAccessible(true);
        column.set(renewed, written);

        assertEquals(written, renewed.explanation().text(ITALIAN));
        assertEquals(written, renewed.getRenewalBasis().toString());
    }

    @Test
    void itsRefusalsAreTheBundlesInBothLanguages() {
        assertEquals(
                "value.required",
                assertThrows(ValidationException.class, () -> LinePrice.manual(null, null))
                        .getErrors()
                        .get(0)
                        .problem()
                        .key());
        assertEquals(
                "price cannot be negative",
                assertThrows(ValidationException.class, () -> LinePrice.manual(new BigDecimal("-1"), null))
                        .getMessage());
        ValidationException coefficient = assertThrows(
                ValidationException.class,
                () -> LinePrice.fromTariff("GOLD", JUNE_2025, BigDecimal.TEN, false, new BigDecimal("121")));
        assertEquals("coefficientMonths must be more than 0 and at most 120 months", coefficient.getMessage());
        assertEquals(
                "deve essere maggiore di 0 e al massimo 120 mesi",
                coefficient.getErrors().get(0).problem().text(ITALIAN));

        ValidationException noPrice = assertThrows(
                ValidationException.class,
                () -> TariffPricing.price(gold, Fixtures.item("CP0003"), "7", JUNE_2025, BigDecimal.TEN));
        assertEquals(
                "la tariffa GOLD non ha un prezzo al 01/06/2025 per l'articolo CP0003 né per la tipologia di servizio 7:"
                        + " inserisci il prezzo a mano",
                noPrice.getErrors().get(0).problem().text(ITALIAN));
        assertEquals(
                "price tariff GOLD has no price on 2025-06-01 for this line: enter the price by hand",
                assertThrows(
                                ValidationException.class,
                                () -> TariffPricing.price(gold, null, null, JUNE_2025, BigDecimal.TEN))
                        .getMessage());
        assertEquals(
                "il cliente non ha una tariffa: inserisci il prezzo a mano",
                assertThrows(
                                ValidationException.class,
                                () -> TariffPricing.price(null, copier, "1", JUNE_2025, BigDecimal.TEN))
                        .getErrors()
                        .get(0)
                        .problem()
                        .text(ITALIAN));
    }

    private static String column(LinePrice price) throws ReflectiveOperationException {
        Field column = LinePrice.class.getDeclaredField("renewalBasis");
        column.setAccessible(true);
        return (String) column.get(price);
    }
}
