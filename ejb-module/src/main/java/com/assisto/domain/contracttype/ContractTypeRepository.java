package com.assisto.domain.contracttype;

import java.util.List;
import java.util.Optional;

/** Where contract types, with their custom-field schemas, are kept. */
public interface ContractTypeRepository {

    /** Every type in the order people count them: "2" before "10". */
    List<ContractType> all();

    Optional<ContractType> findByCode(String code);

    /** Stores the type at once, so that it has its id. */
    void add(ContractType type);
}
