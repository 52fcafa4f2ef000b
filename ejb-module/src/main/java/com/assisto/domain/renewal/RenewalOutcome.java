package com.assisto.domain.renewal;

import com.assisto.domain.shared.BaseEntity;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.StoredMessage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** What a run did with one due contract, written in the same transaction as the change itself. */
@Entity
@Table(name = "renewal_outcome")
public class RenewalOutcome extends BaseEntity {

    /** The length of {@code renewal_outcome.message}. */
    static final int MAX_MESSAGE = 4000;

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

    /** Why it waited or failed, or a note on what was done: an encoded {@link Message}, plain text in older rows. */
    @Column(length = MAX_MESSAGE)
    private String message;

    protected RenewalOutcome() {}

    public RenewalOutcome(
            long runId,
            long contractId,
            String contractNumber,
            RenewalResult result,
            Long successorId,
            String successorNumber,
            Message message) {
        this.runId = runId;
        this.contractId = contractId;
        this.contractNumber = contractNumber;
        this.result = result;
        this.successorId = successorId;
        this.successorNumber = successorNumber;
        this.message = StoredMessage.of(message, MAX_MESSAGE);
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

    /** Put into words by whoever reads it; null when there is nothing to say. */
    public Message getMessage() {
        return Message.decode(message);
    }
}
