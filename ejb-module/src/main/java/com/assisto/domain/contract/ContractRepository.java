package com.assisto.domain.contract;

import com.assisto.domain.shared.Slice;
import java.util.List;
import java.util.Optional;

/** Where contracts are kept. */
public interface ContractRepository {

    Optional<Contract> find(long id);

    boolean numberTaken(String number, Long exceptContractId);

    /** Contracts matching the filter in end-date order, after the given seek key (null: from the start). */
    Slice<ContractListing> search(ContractFilter filter, String afterKey, int limit);

    /** An offset page for the console's pager, in the order the user picked. */
    List<ContractListing> page(ContractFilter filter, String sortField, boolean ascending, int first, int max);

    long count(ContractFilter filter);

    void add(Contract contract);
}
