package com.assisto.integration.erp.customer;

/** The file as a whole cannot be read as customers.csv: nothing of it is imported. */
public class InvalidCustomerFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidCustomerFileException(String message) {
        super(message);
    }
}
