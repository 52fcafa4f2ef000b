package com.assisto.domain.contract;

import com.assisto.domain.shared.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a contract's billing schedule as users see it: planned and tracked once the
 * contract runs, projected (status {@code PROJECTED}) while it is a quote; once the ERP invoiced
 * it, the ERP's invoice number and date (C12), null before.
 */
public record ScheduledInstalment(
        int sequence,
        DateRange period,
        LocalDate dueDate,
        BigDecimal amount,
        String status,
        String erpInvoiceNumber,
        LocalDate erpInvoiceDate) {

    static final String PROJECTED = "PROJECTED";
}
