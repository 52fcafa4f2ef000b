package com.assisto.application.contract;

import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.DeliveryNote;
import java.util.Optional;

/** A contract after a line change, with the delivery note the change made if it was mid-term. */
public record LineChange(Contract contract, Optional<DeliveryNote> note) {}
