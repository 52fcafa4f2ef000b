package com.assisto.interfaces.console.contract;

import com.assisto.application.contract.ContractLookup;
import com.assisto.domain.audit.AuditEntry;
import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractStatus;
import com.assisto.domain.contract.ScheduledInstalment;
import com.assisto.interfaces.console.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * The contract page itself: which contract it shows, reloaded after every change, its instalments
 * and history. Each tab has its own bean (terms, lines, status, notes, documents, renewal) that
 * reads the contract from here and calls {@link #refresh()} once it has changed it.
 */
@Named
@ViewScoped
public class ContractBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient ContractLookup contracts;

    private Long id;
    private Contract contract;

    /** Counts the reloads, so that tab beans know when what they read of the contract is stale. */
    private int revision;

    private int historyRevision = -1;
    private transient List<AuditEntry> history;

    /** Loads the contract in the URL; without one the page prepares a new quote. */
    public void load() throws IOException {
        if (id == null) {
            return;
        }
        try {
            refresh();
        } catch (RuntimeException e) {
            Faces.sendErrorPage(e);
        }
    }

    /** Reloads the contract after a change made on the page (its version moved on). */
    public void refresh() {
        contract = contracts.view(id);
        revision++;
    }

    public int getRevision() {
        return revision;
    }

    public boolean isQuote() {
        return contract != null && contract.getStatus() == ContractStatus.QUOTE;
    }

    public boolean isActive() {
        return contract != null && contract.getStatus() == ContractStatus.ACTIVE;
    }

    public List<ScheduledInstalment> getSchedule() {
        return contract == null ? List.of() : contract.schedule();
    }

    public List<AuditEntry> getHistory() {
        if (contract == null) {
            return List.of();
        }
        if (history == null || historyRevision != revision) {
            history = contracts.history(id);
            historyRevision = revision;
        }
        return history;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Contract getContract() {
        return contract;
    }
}
