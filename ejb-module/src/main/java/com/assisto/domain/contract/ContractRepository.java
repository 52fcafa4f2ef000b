package com.assisto.domain.contract;

import com.assisto.domain.shared.Slice;
import java.util.List;
import java.util.Optional;

/** Where contracts are kept. */
public interface ContractRepository {

    Optional<Contract> find(long id);

    /** The instalment of the contract with that number, by its sequence. */
    Optional<Instalment> findInstalment(String contractNumber, int sequence);

    boolean numberTaken(String number, Long exceptContractId);

    /** Contracts matching the filter in end-date order, after the given seek key (null: from the start). */
    Slice<ContractListing> search(ContractFilter filter, String afterKey, int limit);

    /** An offset page for the console's pager, in the order the user picked. */
    List<ContractListing> page(ContractFilter filter, String sortField, boolean ascending, int first, int max);

    long count(ContractFilter filter);

    /**
     * Stores a new contract and assigns its id; the insert is written with the others at the next
     * flush, so a run adding many contracts sends them in batches.
     */
    void add(Contract contract);

    /** Stores a new contract and writes it at once, so that a clash (a number taken) is reported here. */
    void addNow(Contract contract);

    /**
     * Counts a change to the contract's lines or settings as a change of the contract itself and
     * writes it now: an edit made meanwhile on a stale copy is refused before anything else is
     * done for this one (such as drawing a delivery note's number).
     */
    void markChanged(Contract contract);

    /** Every contract line that covers or covered the equipment, in any contract, oldest first. */
    List<ContractLine> linesCovering(long equipmentId);
}
