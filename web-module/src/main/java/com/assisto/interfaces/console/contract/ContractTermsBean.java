package com.assisto.interfaces.console.contract;

import com.assisto.application.code.CodeTableService;
import com.assisto.application.contract.ContractDraft;
import com.assisto.application.contract.QuoteService;
import com.assisto.application.contracttype.ContractTypeService;
import com.assisto.application.customer.CustomerService;
import com.assisto.domain.code.CodeEntry;
import com.assisto.domain.code.CodeKind;
import com.assisto.domain.contract.Contract;
import com.assisto.domain.contracttype.ContractType;
import com.assisto.domain.customer.CustomerListing;
import com.assisto.interfaces.console.CustomFieldForm;
import com.assisto.interfaces.console.Faces;
import com.assisto.interfaces.console.customer.CustomerSuggestions;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The header of a new quote (type, customer, terms, custom fields) and the terms tab of an existing
 * one: the form starts from the type's defaults, or from the contract as stored after each reload.
 */
@Named
@ViewScoped
public class ContractTermsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContractBean page;

    @EJB
    private transient QuoteService quoteService;

    @EJB
    private transient ContractTypeService types;

    @EJB
    private transient CustomerService customers;

    @Inject
    private CustomerSuggestions suggestions;

    @EJB
    private transient CodeTableService codes;

    private transient List<CodeEntry> typologies;

    /** The page revision the form was filled from; -1 before the first fill. */
    private int filledAt = -1;

    private String typeCode;
    private CustomerListing customer;
    private String customerName;
    private Long customerId;
    private LocalDate startDate;
    private Integer durationMonths;
    private Integer billingMonths;
    private Integer renewalMonths;
    private String paymentTerms;
    private String typologyCode;
    private CustomFieldForm customFields;

    private void fill() {
        if (filledAt == page.getRevision()) {
            return;
        }
        filledAt = page.getRevision();
        Contract contract = page.getContract();
        if (contract == null) {
            List<ContractType> all = types.list();
            typeCode = all.isEmpty() ? null : all.get(0).getCode();
            startDate = LocalDate.now().withDayOfMonth(1).plusMonths(1);
            if (typeCode != null) {
                typeChanged();
            }
            return;
        }
        typeCode = contract.getType().getCode();
        startDate = contract.getStartDate();
        durationMonths = contract.getDurationMonths();
        billingMonths = contract.getBillingMonths();
        renewalMonths = contract.getRenewalMonths();
        paymentTerms = contract.getPaymentTerms();
        typologyCode = contract.getTypologyCode();
        customFields = new CustomFieldForm(contract.getType().getFields(), contract.getCustomFields());
    }

    /** A new quote takes the type's defaults and custom fields. */
    public void typeChanged() {
        ContractType type = types.get(typeCode);
        durationMonths = type.getDurationMonths();
        billingMonths = type.getBillingMonths();
        renewalMonths = type.getRenewalMonths();
        customFields = new CustomFieldForm(type.getFields(), customFields == null ? null : customFields.toValues());
    }

    /** Shows the chosen customer's name and takes its payment terms. */
    public void customerChanged() {
        customerId = customer == null ? null : customer.id();
        customerName = customer == null ? null : customer.name();
        if (customerId != null) {
            paymentTerms = customers.view(customerId).getPaymentTerms();
        }
    }

    /**
     * Customers for the autocomplete: the one whose code is typed, then those whose name starts
     * with it (ignoring case and accents), ten at most.
     */
    public List<CustomerListing> suggestCustomers(String typed) {
        return suggestions.suggest(typed);
    }

    /** The active service typologies to choose from, with the contract's own even if retired since. */
    public List<CodeEntry> getTypologies() {
        // read once per view: the menu asks for its items in several phases of every request
        if (typologies == null) {
            typologies = codes.list(CodeKind.SERVICE_TYPOLOGY).stream()
                    .filter(entry -> entry.isActive() || entry.getCode().equals(typologyCode))
                    .toList();
        }
        return typologies;
    }

    /** Creates the quote and opens it, to add its lines. */
    public String createQuote() {
        try {
            Contract created = quoteService.create(draft(null), LocalDate.now());
            return "/contract?faces-redirect=true&id=" + created.getId();
        } catch (RuntimeException e) {
            refused(e);
            return null;
        }
    }

    public void saveTerms() {
        try {
            Contract contract = page.getContract();
            quoteService.update(contract.getId(), contract.getVersion(), draft(contract.getNumber()));
            page.refresh();
            Faces.info("contract.saved");
        } catch (RuntimeException e) {
            refused(e);
        }
    }

    /** Says why the domain refused the form; a custom field is named by its label, as the page shows it. */
    private void refused(RuntimeException failure) {
        if (customFields != null) {
            Faces.nameFields(customFields::fieldLabels);
        }
        Faces.error(failure);
    }

    private ContractDraft draft(String number) {
        return new ContractDraft(
                typeCode,
                customerId,
                number,
                typologyCode,
                startDate,
                durationMonths,
                renewalMonths,
                billingMonths,
                paymentTerms,
                null,
                customFields.toValues(),
                List.of(),
                false);
    }

    public List<ContractType> getTypes() {
        return types.list();
    }

    public String getTypeCode() {
        fill();
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public CustomerListing getCustomer() {
        return customer;
    }

    public void setCustomer(CustomerListing customer) {
        this.customer = customer;
    }

    public String getCustomerName() {
        return customerName;
    }

    public LocalDate getStartDate() {
        fill();
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public Integer getDurationMonths() {
        fill();
        return durationMonths;
    }

    public void setDurationMonths(Integer durationMonths) {
        this.durationMonths = durationMonths;
    }

    public Integer getBillingMonths() {
        fill();
        return billingMonths;
    }

    public void setBillingMonths(Integer billingMonths) {
        this.billingMonths = billingMonths;
    }

    public Integer getRenewalMonths() {
        fill();
        return renewalMonths;
    }

    public void setRenewalMonths(Integer renewalMonths) {
        this.renewalMonths = renewalMonths;
    }

    public String getPaymentTerms() {
        fill();
        return paymentTerms;
    }

    public void setPaymentTerms(String paymentTerms) {
        this.paymentTerms = paymentTerms;
    }

    public String getTypologyCode() {
        fill();
        return typologyCode;
    }

    public void setTypologyCode(String typologyCode) {
        this.typologyCode = typologyCode;
    }

    public CustomFieldForm getCustomFields() {
        fill();
        return customFields;
    }
}
