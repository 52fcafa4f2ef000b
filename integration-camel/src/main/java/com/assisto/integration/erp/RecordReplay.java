package com.assisto.integration.erp;

import com.assisto.domain.exchange.ErpFlow;

/** Applies one record of an inbound flow again, as the ERP sent it or as a person corrected it. */
public interface RecordReplay {

    ErpFlow flow();

    /** Applies the record as a new exchange whose source says where it came from. */
    void replay(String payload, String source);
}
