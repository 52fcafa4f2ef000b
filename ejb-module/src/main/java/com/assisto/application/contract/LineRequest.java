package com.assisto.application.contract;

import java.math.BigDecimal;

/**
 * A line to cover: a piece of equipment or an item. The coefficient defaults to the contract's
 * duration in months; a price given here is a manual price, otherwise the tariff prices the line.
 */
public record LineRequest(
        Long equipmentId, String itemCode, String description, BigDecimal coefficientMonths, BigDecimal price) {}
