package com.assisto.domain.outbox;

/** A message waits until the ERP route has delivered it. */
public enum OutboxStatus {
    PENDING,
    SENT
}
