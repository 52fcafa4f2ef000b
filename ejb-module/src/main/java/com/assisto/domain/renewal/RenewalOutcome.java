package com.assisto.domain.renewal;

import com.assisto.domain.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** What a run did with one due contract, written in the same transaction as the change itself. */
@Entity
@Table(name = "renewal_outcome")
public class RenewalOutcome extends BaseEntity {

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(name = "contract_id", nullable = false)
    private long contractId;

    @Column(name = "contract_number", nullable = false)
    private String contractNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RenewalResult result;

    @Column(name = "successor_id")
    private Long successorId;

    @Column(name = "successor_number")
    private String successorNumber;

    private String message;

    protected RenewalOutcome() {}

    public RenewalOutcome(
            long runId,
            long contractId,
            String contractNumber,
            RenewalResult result,
            Long successorId,
            String successorNumber,
            String message) {
        this.runId = runId;
        this.contractId = contractId;
        this.contractNumber = contractNumber;
        this.result = result;
        this.successorId = successorId;
        this.successorNumber = successorNumber;
        this.message = message == null || message.length() <= 2000 ? message : message.substring(0, 2000);
    }

    public long getRunId() {
        return runId;
    }

    public long getContractId() {
        return contractId;
    }

    public String getContractNumber() {
        return contractNumber;
    }

    public RenewalResult getResult() {
        return result;
    }

    public Long getSuccessorId() {
        return successorId;
    }

    public String getSuccessorNumber() {
        return successorNumber;
    }

    public String getMessage() {
        return message;
    }
}
