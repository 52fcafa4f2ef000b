package com.assisto.domain.exchange;

/** Which way a flow runs: from the ERP into Assisto, or from Assisto to the ERP. */
public enum Direction {
    INBOUND,
    OUTBOUND
}
