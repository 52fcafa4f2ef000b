package com.assisto.domain.contract;

/** A mid-term note either charges the customer for a line added or credits a line removed. */
public enum DeliveryNoteKind {
    CHARGE,
    CREDIT
}
