package com.assisto.interfaces.console.contract;

import com.assisto.application.contract.QuoteService;
import com.assisto.domain.contract.Contract;
import com.assisto.interfaces.console.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/** The status actions under the tabs: a quote confirmed or rejected, a running contract cancelled. */
@Named
@ViewScoped
public class ContractStatusBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContractBean page;

    @EJB
    private transient QuoteService quoteService;

    private LocalDate statusDate = LocalDate.now();
    private String statusReason;

    public void confirm() {
        try {
            Contract contract = page.getContract();
            quoteService.confirm(contract.getId(), contract.getVersion(), statusDate);
            page.refresh();
            Faces.info("contract.confirmed");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public void reject() {
        try {
            Contract contract = page.getContract();
            quoteService.reject(contract.getId(), contract.getVersion(), statusDate, statusReason);
            page.refresh();
            Faces.info("contract.rejected");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public void cancel() {
        try {
            Contract contract = page.getContract();
            quoteService.cancel(contract.getId(), contract.getVersion(), statusDate, statusReason);
            page.refresh();
            Faces.info("contract.cancelled");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public LocalDate getStatusDate() {
        return statusDate;
    }

    public void setStatusDate(LocalDate statusDate) {
        this.statusDate = statusDate;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public void setStatusReason(String statusReason) {
        this.statusReason = statusReason;
    }
}
