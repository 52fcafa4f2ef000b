package com.assisto.erpsimulator;

/** A call the simulated ERP refuses: the HTTP status to answer and the reason, in the ERP's language. */
final class ErpException extends Exception {

    private final int status;

    ErpException(int status, String reason) {
        super(reason);
        this.status = status;
    }

    int status() {
        return status;
    }
}
