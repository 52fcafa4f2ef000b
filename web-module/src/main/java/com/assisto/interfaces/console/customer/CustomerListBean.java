package com.assisto.interfaces.console.customer;

import com.assisto.application.customer.CustomerService;
import com.assisto.domain.customer.Customer;
import com.assisto.domain.customer.CustomerFilter;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The customer list: loaded a page at a time, filtered and sorted in the database. */
@Named
@ViewScoped
public class CustomerListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient CustomerService customers;

    private final LazyDataModel<Customer> model = new CustomerModel();

    public LazyDataModel<Customer> getModel() {
        return model;
    }

    private final class CustomerModel extends LazyDataModel<Customer> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) customers.count(filter(filterBy));
        }

        @Override
        public List<Customer> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return customers.page(
                    filter(filterBy),
                    sort == null ? "code" : sort.getField(),
                    sort == null || sort.getOrder() != SortOrder.DESCENDING,
                    first,
                    pageSize);
        }

        @Override
        public String getRowKey(Customer customer) {
            return String.valueOf(customer.getId());
        }

        @Override
        public Customer getRowData(String rowKey) {
            return customers.view(Long.parseLong(rowKey));
        }

        private CustomerFilter filter(Map<String, FilterMeta> filterBy) {
            return new CustomerFilter(
                    value(filterBy, "code"),
                    value(filterBy, "name"),
                    value(filterBy, "vatNumber"),
                    value(filterBy, "city"),
                    null);
        }

        private String value(Map<String, FilterMeta> filterBy, String field) {
            FilterMeta meta = filterBy.get(field);
            return meta == null || meta.getFilterValue() == null
                    ? null
                    : meta.getFilterValue().toString();
        }
    }
}
