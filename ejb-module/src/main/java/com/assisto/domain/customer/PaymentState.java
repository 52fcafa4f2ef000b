package com.assisto.domain.customer;

/** Where an instalment of an invoice to the customer stands, as the ERP's schedule of receivables says. */
public enum PaymentState {
    /** Not paid yet; overdue once its due date has passed. */
    OPEN,
    /** Paid: it no longer counts. */
    PAID,
    /**
     * Came back unpaid (an "insoluto": a returned bank receipt or direct debit). The customer is
     * blocked until the ERP reports it paid, since a returned payment is the usual sign of trouble.
     */
    UNPAID
}
