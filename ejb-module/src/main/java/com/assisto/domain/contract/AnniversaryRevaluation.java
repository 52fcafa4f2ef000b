package com.assisto.domain.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An anniversary revaluation of a term longer than a year (C6): the anniversary, how many
 * instalments not yet billed it moves, and their total before and after.
 */
public record AnniversaryRevaluation(LocalDate anniversary, int instalments, BigDecimal before, BigDecimal after) {}
