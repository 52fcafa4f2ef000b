package com.assisto.domain.equipment;

import com.assisto.domain.customer.ServiceSite;

/**
 * Where a piece of equipment stands: at a site (or none recorded), in a plant of that site or
 * none, and mounted on a parent machine or free-standing.
 */
public record Placement(ServiceSite site, Plant plant, Equipment parent) {

    /** No place recorded yet (equipment delivered before anyone said where it stands). */
    public static final Placement NOT_RECORDED = new Placement(null, null, null);

    /**
     * Whether both name the same site, plant and parent. Entities of one persistence context are
     * one object each, so identity is the comparison.
     */
    public boolean sameAs(Placement other) {
        return site == other.site && plant == other.plant && parent == other.parent;
    }
}
