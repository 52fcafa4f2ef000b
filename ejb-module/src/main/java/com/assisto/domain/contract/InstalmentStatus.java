package com.assisto.domain.contract;

/** An instalment is planned, then due (and queued for the ERP to invoice), then invoiced. */
public enum InstalmentStatus {
    PLANNED,
    DUE,
    INVOICED
}
