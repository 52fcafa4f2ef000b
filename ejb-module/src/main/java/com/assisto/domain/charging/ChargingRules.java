package com.assisto.domain.charging;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What a contract covers of an intervention's costs (C7); the rest is charged. Contract types
 * carry the defaults, each contract its own copy.
 */
@Embeddable
public class ChargingRules {

    @Column(name = "labour_covered", nullable = false)
    private boolean labourCovered;

    @Column(name = "travel_covered", nullable = false)
    private boolean travelCovered;

    @Column(name = "parts_covered", nullable = false)
    private boolean partsCovered;

    @Column(name = "consumables_covered", nullable = false)
    private boolean consumablesCovered;

    protected ChargingRules() {}

    public ChargingRules(
            boolean labourCovered, boolean travelCovered, boolean partsCovered, boolean consumablesCovered) {
        this.labourCovered = labourCovered;
        this.travelCovered = travelCovered;
        this.partsCovered = partsCovered;
        this.consumablesCovered = consumablesCovered;
    }

    public ChargingRules copy() {
        return new ChargingRules(labourCovered, travelCovered, partsCovered, consumablesCovered);
    }

    public boolean isLabourCovered() {
        return labourCovered;
    }

    public boolean isTravelCovered() {
        return travelCovered;
    }

    public boolean isPartsCovered() {
        return partsCovered;
    }

    public boolean isConsumablesCovered() {
        return consumablesCovered;
    }
}
