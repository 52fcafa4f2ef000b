package com.assisto.interfaces.console.contract;

import com.assisto.application.contract.ContractLookup;
import com.assisto.application.contracttype.ContractTypeService;
import com.assisto.application.customer.CustomerService;
import com.assisto.domain.contract.ContractFilter;
import com.assisto.domain.contract.ContractListing;
import com.assisto.domain.contract.ContractStatus;
import com.assisto.domain.contracttype.ContractType;
import com.assisto.domain.customer.CustomerFilter;
import com.assisto.domain.customer.CustomerListing;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The contract list: filtered by customer, type, status and end date, loaded a page at a time. */
@Named
@ViewScoped
public class ContractListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient ContractLookup contracts;

    @EJB
    private transient ContractTypeService types;

    @EJB
    private transient CustomerService customers;

    private String customerCode;
    private String typeCode;
    private ContractStatus status;
    private LocalDate endingFrom;
    private LocalDate endingTo;
    /** Warranties only (true), none (false) or both (null). */
    private Boolean warranty;

    private transient List<ContractType> typeList;
    private ContractFilter filter = new ContractFilter(null, null, null, null, null);
    private final LazyDataModel<ContractListing> model = new ContractModel();

    /** Applies the filter fields; an unknown customer code lists nothing rather than everything. */
    public void search() {
        Long customerId = null;
        if (customerCode != null && !customerCode.isBlank()) {
            List<CustomerListing> found = customers
                    .search(new CustomerFilter(customerCode, null, null, null, null), null, 1)
                    .items();
            customerId = found.isEmpty() ? -1L : found.get(0).id();
        }
        filter = new ContractFilter(
                customerId,
                typeCode == null || typeCode.isBlank() ? null : typeCode,
                status,
                endingFrom,
                endingTo,
                warranty);
    }

    public Boolean getWarranty() {
        return warranty;
    }

    public void setWarranty(Boolean warranty) {
        this.warranty = warranty;
    }

    public List<ContractType> getTypes() {
        if (typeList == null) {
            typeList = types.list();
        }
        return typeList;
    }

    public ContractStatus[] getStatuses() {
        return ContractStatus.values();
    }

    public LazyDataModel<ContractListing> getModel() {
        return model;
    }

    private final class ContractModel extends LazyDataModel<ContractListing> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) contracts.count(filter);
        }

        @Override
        public List<ContractListing> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return contracts.page(
                    filter,
                    sort == null ? "endDate" : sort.getField(),
                    sort == null || sort.getOrder() != SortOrder.DESCENDING,
                    first,
                    pageSize);
        }

        @Override
        public String getRowKey(ContractListing contract) {
            return String.valueOf(contract.id());
        }

        @Override
        public ContractListing getRowData(String rowKey) {
            return null;
        }
    }

    public String getCustomerCode() {
        return customerCode;
    }

    public void setCustomerCode(String customerCode) {
        this.customerCode = customerCode;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public ContractStatus getStatus() {
        return status;
    }

    public void setStatus(ContractStatus status) {
        this.status = status;
    }

    public LocalDate getEndingFrom() {
        return endingFrom;
    }

    public void setEndingFrom(LocalDate endingFrom) {
        this.endingFrom = endingFrom;
    }

    public LocalDate getEndingTo() {
        return endingTo;
    }

    public void setEndingTo(LocalDate endingTo) {
        this.endingTo = endingTo;
    }
}
