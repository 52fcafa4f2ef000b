package com.assisto.domain.charging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChargingRulesTest {

    private static List<Boolean> flags(ChargingRules rules) {
        return List.of(
                rules.isLabourCovered(), rules.isTravelCovered(), rules.isPartsCovered(), rules.isConsumablesCovered());
    }

    @Test
    void aCopyCoversExactlyWhatTheOriginalCovers() {
        for (int mask = 0; mask < 16; mask++) {
            ChargingRules rules = new ChargingRules((mask & 1) != 0, (mask & 2) != 0, (mask & 4) != 0, (mask & 8) != 0);
            ChargingRules copy = rules.copy();
            assertNotSame(rules, copy, "a contract's rules are its own, not its type's");
            assertEquals(flags(rules), flags(copy), "cost kinds covered, mask " + mask);
        }
    }
}
