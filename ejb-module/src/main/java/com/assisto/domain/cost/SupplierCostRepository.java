package com.assisto.domain.cost;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Supplier costs, and the contracts and equipment the ERP assigns them to. */
public interface SupplierCostRepository {

    /** The contracts' ids by their numbers, for the numbers that exist. */
    Map<String, Long> contractIds(Collection<String> numbers);

    /** The equipment's ids by serial number, every piece with that serial (more than one is ambiguous). */
    Map<String, List<Long>> equipmentIds(Collection<String> serialNumbers);

    /** The stored lines of the suppliers' documents. */
    List<SupplierCost> ofDocuments(Collection<String> documents);

    void add(SupplierCost cost);
}
