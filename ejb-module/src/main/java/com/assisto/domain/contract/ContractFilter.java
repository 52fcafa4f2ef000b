package com.assisto.domain.contract;

import java.time.LocalDate;

/**
 * Filters of the contract list: one customer, one type (by code), one status, and contracts
 * ending between two days (both included; either end may be open), warranties only or none.
 */
public record ContractFilter(
        Long customerId,
        String typeCode,
        ContractStatus status,
        LocalDate endingFrom,
        LocalDate endingTo,
        Boolean warranty) {

    public ContractFilter(
            Long customerId, String typeCode, ContractStatus status, LocalDate endingFrom, LocalDate endingTo) {
        this(customerId, typeCode, status, endingFrom, endingTo, null);
    }

    public ContractFilter restrictedTo(Long onlyCustomerId) {
        return new ContractFilter(onlyCustomerId, typeCode, status, endingFrom, endingTo, warranty);
    }
}
