package com.assisto.erpsimulator;

/** How the simulated ERP behaves towards WebAPI and SOAP callers; the control API is never affected. */
public enum Mode {
    /** Answers normally. */
    UP,
    /** The WebAPI listener is stopped: connections are refused until the mode changes again. */
    DOWN,
    /** Every admitted call waits the configured delay before it is served. */
    SLOW,
    /** Every call answers 500 (a SOAP fault for SOAP) and books nothing. */
    ERROR_500,
    /** Every call answers 401, as when the ERP locks the integration user. */
    UNAUTHORIZED
}
