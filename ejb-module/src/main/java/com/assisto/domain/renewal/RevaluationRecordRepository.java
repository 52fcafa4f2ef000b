package com.assisto.domain.renewal;

import java.util.List;

/** Where the revaluations applied to contracts are kept (C6). */
public interface RevaluationRecordRepository {

    void add(RevaluationRecord record);

    /** The revaluations applied to a contract (as the term they produced) or to the term before it, newest first. */
    List<RevaluationRecord> ofContract(long contractId);
}
