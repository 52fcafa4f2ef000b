package com.assisto.domain.warning;

import com.assisto.domain.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * That a warning went out: unique per contract, kind and threshold in the database, so a
 * warning run repeated, resumed or racing another never sends the same warning twice.
 */
@Entity
@Table(name = "warning_sent")
public class WarningSent extends BaseEntity {

    @Column(name = "contract_id", nullable = false)
    private long contractId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WarningKind kind;

    @Column(name = "threshold_days", nullable = false)
    private int thresholdDays;

    @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;

    @Column(nullable = false)
    private String recipients;

    protected WarningSent() {}

    public WarningSent(long contractId, WarningKind kind, int thresholdDays, LocalDate sentOn, String recipients) {
        this.contractId = contractId;
        this.kind = kind;
        this.thresholdDays = thresholdDays;
        this.sentOn = sentOn;
        this.recipients = recipients.length() > 2000 ? recipients.substring(0, 2000) : recipients;
    }

    public long getContractId() {
        return contractId;
    }

    public WarningKind getKind() {
        return kind;
    }

    public int getThresholdDays() {
        return thresholdDays;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public String getRecipients() {
        return recipients;
    }
}
