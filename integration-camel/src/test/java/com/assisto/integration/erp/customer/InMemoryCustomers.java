package com.assisto.integration.erp.customer;

import com.assisto.domain.customer.Customer;
import com.assisto.domain.customer.CustomerFilter;
import com.assisto.domain.customer.CustomerListing;
import com.assisto.domain.customer.CustomerRepository;
import com.assisto.domain.customer.ServiceSite;
import com.assisto.domain.shared.Slice;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** Customers kept in a map, for route tests that run without a server. */
class InMemoryCustomers implements CustomerRepository {

    final Map<String, Customer> byCode = new TreeMap<>();

    @Override
    public Optional<Customer> find(long id) {
        throw new UnsupportedOperationException("route tests look customers up by code");
    }

    @Override
    public Optional<Customer> view(long id) {
        throw new UnsupportedOperationException("route tests look customers up by code");
    }

    @Override
    public Optional<Customer> findByCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    @Override
    public List<Customer> findByCodes(Collection<String> codes) {
        return codes.stream().map(byCode::get).filter(Objects::nonNull).toList();
    }

    @Override
    public Slice<CustomerListing> search(CustomerFilter filter, String afterCode, int limit) {
        throw new UnsupportedOperationException("not used by the import");
    }

    @Override
    public List<Customer> page(CustomerFilter filter, String sortField, boolean ascending, int first, int max) {
        throw new UnsupportedOperationException("not used by the import");
    }

    @Override
    public long count(CustomerFilter filter) {
        return byCode.size();
    }

    @Override
    public Optional<ServiceSite> findSite(long siteId) {
        throw new UnsupportedOperationException("not used by the import");
    }

    @Override
    public void add(Customer customer) {
        byCode.put(customer.getCode(), customer);
    }

    @Override
    public void addAll(List<Customer> customers) {
        customers.forEach(this::add);
    }

    @Override
    public void changedInside(Customer customer) {
        throw new UnsupportedOperationException("not used by the import");
    }

    @Override
    public void remove(Customer customer) {
        byCode.remove(customer.getCode());
    }
}
