package com.assisto.application.contract;

import com.assisto.application.shared.CallerScope;
import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractFilter;
import com.assisto.domain.contract.ContractRepository;
import com.assisto.domain.shared.NotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * The one way the contract services load a contract: only if the caller may see it (a customer
 * sees its own only, and another customer's contract answers as one that does not exist).
 */
@Dependent
public class ContractAccess {

    @Inject
    private ContractRepository contracts;

    @Inject
    private CallerScope caller;

    public Contract get(long id) {
        Contract contract = contracts.find(id).orElseThrow(() -> new NotFoundException("Contract", id));
        caller.checkMayAccessCustomer(contract.getCustomer().getId(), "Contract", id);
        return contract;
    }

    /** The contract to change, refused when the caller's copy (its version) is no longer current. */
    public Contract forChange(long id, long version) {
        Contract contract = get(id);
        contract.checkVersion(version);
        return contract;
    }

    /** The filter narrowed to the caller's own contracts when the caller is a customer. */
    public ContractFilter scoped(ContractFilter filter) {
        if (filter.customerId() != null) {
            caller.checkMayAccessCustomer(filter.customerId(), "Customer", filter.customerId());
        }
        return caller.restrictedToCustomer().map(filter::restrictedTo).orElse(filter);
    }
}
