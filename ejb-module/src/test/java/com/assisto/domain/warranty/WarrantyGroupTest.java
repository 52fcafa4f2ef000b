package com.assisto.domain.warranty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.assisto.domain.item.Item;
import com.assisto.domain.item.ItemTerms;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invoiced items share a warranty contract only with the same duration, urgency and convertibility (W1). */
class WarrantyGroupTest {

    private static Item item(String code, int months, String urgency, boolean convertible) {
        return new Item(
                code,
                new ItemTerms(
                        "Item " + code, "pz", new BigDecimal("100"), months, urgency, false, 30, convertible, true));
    }

    private static InvoiceLine line(int number, Item item) {
        return new InvoiceLine(number, item, 1, List.of("SN" + number));
    }

    @Test
    void linesGroupByDurationUrgencyAndConvertibilityInOrderOfFirstAppearance() {
        Item lift = item("LIFT", 24, "4H", true);
        Item otherLift = item("LIFT2", 24, "4H", true);
        Item urgentLift = item("LIFT3", 24, "2H", true);
        Item printer = item("PRN", 12, "4H", true);
        Item scanner = item("SCN", 24, "4H", false);

        List<WarrantyGroup> groups = WarrantyGroup.of(
                List.of(line(1, lift), line(2, printer), line(3, otherLift), line(4, urgentLift), line(5, scanner)));

        assertEquals(4, groups.size());
        assertEquals(
                List.of(1, 3),
                groups.get(0).lines().stream().map(InvoiceLine::lineNumber).toList());
        assertEquals(24, groups.get(0).months());
        assertEquals("4H", groups.get(0).urgency());
        assertEquals(12, groups.get(1).months());
        assertEquals("2H", groups.get(2).urgency());
        assertEquals(false, groups.get(3).convertible());
    }

    @Test
    void itemsWithoutWarrantyMakeNoWarranty() {
        assertEquals(List.of(), WarrantyGroup.of(List.of(line(1, item("CABLE", 0, null, false)))));
    }
}
