package com.assisto.integration.erp.exchange;

/**
 * A call to the ERP that failed, with the HTTP status it failed with (0 when the ERP could not be
 * reached), so that every transport's failures are retried, refused or stop the flow by the same
 * rules as the WebAPI's.
 */
public class ErpCallFailed extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;

    public ErpCallFailed(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
