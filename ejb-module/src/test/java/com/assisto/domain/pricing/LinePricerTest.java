package com.assisto.domain.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.domain.contract.Fixtures;
import com.assisto.domain.contracttype.ContractTerms;
import com.assisto.domain.item.Item;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.tariff.Tariff;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LinePricerTest {

    private final Item copier = Fixtures.item("CP0001");
    private final Item unpriced = Fixtures.item("CP0002");
    private final ContractTerms twoYears = new ContractTerms(null, LocalDate.of(2025, 6, 1), 24, 12, 12, null, true);
    private final Tariff gold = gold();

    private Tariff gold() {
        Tariff tariff = new Tariff("GOLD", "Gold");
        tariff.setPrice(copier, LocalDate.of(2025, 1, 1), new BigDecimal("30"));
        return tariff;
    }

    @Test
    void withoutACoefficientTheLineCostsTheTermsMonths() {
        LinePrice price = LinePricer.price(false, twoYears, gold, copier, null, null);
        assertEquals(PriceSource.TARIFF_ITEM, price.getSource());
        assertEquals(new BigDecimal("720.00"), price.getAmount(), "30.00 × 24 months");
    }

    @Test
    void aCoefficientGivenReplacesTheTermsMonths() {
        assertEquals(
                new BigDecimal("180.00"),
                LinePricer.price(false, twoYears, gold, copier, new BigDecimal("6"), null)
                        .getAmount());
    }

    @Test
    void aManualPriceKeepsTheTariffFiguresWhenTheTariffHasThem() {
        LinePrice manual = LinePricer.price(false, twoYears, gold, copier, null, new BigDecimal("650"));
        assertTrue(manual.isManual());
        assertEquals(new BigDecimal("650.00"), manual.getAmount());
        assertEquals(new BigDecimal("720.00"), manual.getTariffAmount());

        LinePrice withoutTariff = LinePricer.price(false, twoYears, gold, unpriced, null, new BigDecimal("99"));
        assertEquals(new BigDecimal("99.00"), withoutTariff.getAmount());
        assertNull(withoutTariff.getTariffAmount(), "the tariff prices neither the item nor a typology");
    }

    @Test
    void withoutAManualPriceAnUnpricedLineIsRefusedNamingThePrice() {
        ValidationException refused = assertThrows(
                ValidationException.class, () -> LinePricer.price(false, twoYears, gold, unpriced, null, null));
        assertEquals("price", refused.getErrors().get(0).field());
    }

    @Test
    void warrantyLinesAreFreeWhateverTheTariffOrManualPrice() {
        LinePrice price = LinePricer.price(true, twoYears, null, copier, null, new BigDecimal("500"));
        assertEquals(LinePrice.warranty().getAmount(), price.getAmount());
        assertEquals(LinePrice.warranty().getSource(), price.getSource());
    }
}
