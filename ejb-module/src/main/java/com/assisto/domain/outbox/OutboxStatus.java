package com.assisto.domain.outbox;

/** A message waits until the ERP has acknowledged it, or was refused by the ERP as wrong. */
public enum OutboxStatus {
    PENDING,
    SENT,
    REFUSED
}
