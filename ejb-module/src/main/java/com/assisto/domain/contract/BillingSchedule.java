package com.assisto.domain.contract;

import com.assisto.domain.contracttype.ContractTerms;
import com.assisto.domain.shared.DateRange;
import com.assisto.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a term's value into instalments by billing periodicity (C12): equal amounts billed at
 * the start of each period, the last one taking the cents that do not divide evenly, so the
 * instalments always add up to the contract value exactly.
 */
public final class BillingSchedule {

    /** One instalment of the plan: its period and amount, due on the period's first day. */
    public record Planned(int sequence, DateRange period, BigDecimal amount) {}

    private BillingSchedule() {}

    public static List<Planned> plan(ContractTerms terms, BigDecimal total) {
        int count = terms.instalmentCount();
        BigDecimal value = Money.of(total);
        BigDecimal each = value.divide(BigDecimal.valueOf(count), Money.SCALE, RoundingMode.HALF_UP);
        List<Planned> plan = new ArrayList<>();
        BigDecimal planned = BigDecimal.ZERO;
        for (int index = 0; index < count; index++) {
            // Each period runs to the day before the next one starts, so a start on the 31st
            // leaves no gap after shorter months.
            DateRange period = new DateRange(
                    terms.startDate().plusMonths((long) index * terms.billingMonths()),
                    terms.startDate()
                            .plusMonths((long) (index + 1) * terms.billingMonths())
                            .minusDays(1));
            BigDecimal amount = index == count - 1 ? value.subtract(planned) : each;
            planned = planned.add(amount);
            plan.add(new Planned(index + 1, period, amount));
        }
        return plan;
    }
}
