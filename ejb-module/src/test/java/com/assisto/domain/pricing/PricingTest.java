package com.assisto.domain.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.Fixtures;
import com.assisto.domain.item.Item;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.tariff.Tariff;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PricingTest {

    private final Item copier = Fixtures.item("CP0001");
    private final Item unpriced = Fixtures.item("CP0002");
    private final Tariff gold = gold();

    private Tariff gold() {
        Tariff tariff = new Tariff("GOLD", "Gold");
        tariff.setPrice(copier, LocalDate.of(2025, 1, 1), new BigDecimal("30"));
        tariff.setPrice(copier, LocalDate.of(2026, 1, 1), new BigDecimal("31.50"));
        tariff.setTypologyPrice("1", LocalDate.of(2025, 1, 1), new BigDecimal("12.25"));
        return tariff;
    }

    @Test
    void theLinePriceIsTheMonthlyTariffPriceAtThePricingDateTimesTheCoefficient() {
        LinePrice price = TariffPricing.price(gold, copier, "1", LocalDate.of(2025, 6, 1), new BigDecimal("12"));
        assertEquals(PriceSource.TARIFF_ITEM, price.getSource());
        assertEquals(new BigDecimal("30.00"), price.getMonthlyPrice());
        assertEquals(new BigDecimal("360.00"), price.getAmount());
        assertEquals(
                "tariff GOLD 30.00/month on 2025-06-01 × 12 months = 360.00",
                price.explanation().toString());

        LinePrice later = TariffPricing.price(gold, copier, "1", LocalDate.of(2026, 1, 1), new BigDecimal("6.5"));
        assertEquals(new BigDecimal("204.75"), later.getAmount(), "31.50 × 6.5");
    }

    @Test
    void anItemTheTariffDoesNotPriceTakesTheTypologyPrice() {
        LinePrice price = TariffPricing.price(gold, unpriced, "1", LocalDate.of(2025, 6, 1), new BigDecimal("12"));
        assertEquals(PriceSource.TARIFF_TYPOLOGY, price.getSource());
        assertEquals(new BigDecimal("147.00"), price.getAmount());
        assertTrue(price.explanation().toString().contains("for the service typology"), price.explanation()::toString);
    }

    @Test
    void withoutAnyTariffPriceTheOperatorIsToldToEnterOne() {
        ValidationException refused = assertThrows(
                ValidationException.class,
                () -> TariffPricing.price(gold, unpriced, "7", LocalDate.of(2025, 6, 1), new BigDecimal("12")));
        assertEquals("price", refused.getErrors().get(0).field());
        assertEquals(
                "price tariff GOLD has no price on 2025-06-01 for item CP0002 nor for service typology 7:"
                        + " enter the price by hand",
                refused.getMessage());
        assertThrows(
                ValidationException.class,
                () -> TariffPricing.price(gold, copier, "1", LocalDate.of(2024, 12, 31), BigDecimal.TEN),
                "no price in force before the first one");
        assertThrows(
                ValidationException.class,
                () -> TariffPricing.price(null, copier, "1", LocalDate.of(2025, 6, 1), BigDecimal.TEN));
    }

    @Test
    void aManualPriceIsRememberedAsManualWithTheTariffFiguresBesideIt() {
        LinePrice tariff = TariffPricing.price(gold, copier, "1", LocalDate.of(2025, 6, 1), new BigDecimal("12"));
        LinePrice manual = LinePrice.manual(new BigDecimal("333.333"), tariff);
        assertTrue(manual.isManual());
        assertEquals(new BigDecimal("333.33"), manual.getAmount());
        assertEquals(new BigDecimal("360.00"), manual.getTariffAmount());
        assertEquals(
                "Manual price 333.33 (tariff: tariff GOLD 30.00/month on 2025-06-01 × 12 months = 360.00)",
                manual.explanation().toString());
        assertThrows(ValidationException.class, () -> LinePrice.manual(new BigDecimal("-1"), null));
    }

    @Test
    void overridingAQuoteLineKeepsItManualAndChangesTheContractValue() {
        Contract contract = Fixtures.quote(Fixtures.fullService(), LocalDate.of(2025, 6, 1));
        contract.addLine(
                null,
                copier,
                null,
                TariffPricing.price(gold, copier, "1", LocalDate.of(2025, 6, 1), new BigDecimal("12")),
                null);
        Fixtures.identifyLines(contract);
        contract.overridePrice(contract.getLines().get(0).getId(), new BigDecimal("300"));
        assertEquals(new BigDecimal("300.00"), contract.getValue());
        assertEquals(PriceSource.MANUAL, contract.getLines().get(0).getPrice().getSource());
        assertEquals(
                new BigDecimal("360.00"), contract.getLines().get(0).getPrice().getTariffAmount());
    }

    @Test
    void warrantyContractsCarryNoValueWhateverThePrice() {
        Contract contract = Contract.quote(
                Fixtures.warranty(),
                Fixtures.customer("501.00003"),
                "GAR/2025/00002",
                Fixtures.yearFrom(LocalDate.of(2025, 1, 1)),
                null,
                LocalDate.of(2025, 1, 1));
        contract.addLine(
                null,
                copier,
                null,
                TariffPricing.price(gold, copier, "1", LocalDate.of(2025, 1, 1), new BigDecimal("12")),
                null);
        assertEquals(PriceSource.WARRANTY, contract.getLines().get(0).getPrice().getSource());
        assertEquals(
                "Warranty: no charge",
                contract.getLines().get(0).getPrice().explanation().toString());
        assertEquals(0, contract.getValue().signum());
        Fixtures.identifyLines(contract);
        assertThrows(
                ValidationException.class,
                () -> contract.overridePrice(contract.getLines().get(0).getId(), BigDecimal.TEN));
    }

    @Test
    void theCoefficientMustBeAPositiveNumberOfMonths() {
        ValidationException refused = assertThrows(
                ValidationException.class,
                () -> LinePrice.fromTariff("GOLD", LocalDate.of(2025, 1, 1), BigDecimal.TEN, false, BigDecimal.ZERO));
        assertEquals("coefficientMonths", refused.getErrors().get(0).field());
    }
}
