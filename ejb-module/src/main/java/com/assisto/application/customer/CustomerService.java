package com.assisto.application.customer;

import com.assisto.application.shared.CallerScope;
import com.assisto.domain.customer.CreditStatus;
import com.assisto.domain.customer.Customer;
import com.assisto.domain.customer.CustomerFilter;
import com.assisto.domain.customer.CustomerListing;
import com.assisto.domain.customer.CustomerRegistry;
import com.assisto.domain.customer.CustomerRepository;
import com.assisto.domain.shared.Address;
import com.assisto.domain.shared.NotFoundException;
import com.assisto.domain.shared.Slice;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.tariff.Tariff;
import com.assisto.domain.tariff.TariffRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.logging.Logger;

/** Customer registry, sites, contacts and credit (M1), within the caller's data scope. */
@Stateless
@DeclareRoles("CUSTOMER")
public class CustomerService {

    private static final Logger LOG = Logger.getLogger(CustomerService.class.getName());

    @Inject
    private CustomerRepository customers;

    @Inject
    private CallerScope caller;

    @Resource
    private SessionContext context;

    @Inject
    private TariffRepository tariffs;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Slice<CustomerListing> search(CustomerFilter filter, String afterCode, int limit) {
        return customers.search(scoped(filter), afterCode, limit);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Customer> page(CustomerFilter filter, String sortField, boolean ascending, int first, int max) {
        return customers.page(scoped(filter), sortField, ascending, first, max);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count(CustomerFilter filter) {
        return customers.count(scoped(filter));
    }

    /** The customer with its sites, contacts and tariff, for display, if the caller may see it. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Customer view(long id) {
        checkMayAccess(id);
        return customers.view(id).orElseThrow(() -> new NotFoundException("Customer", id));
    }

    /** The customer to change, if the caller may see it. */
    private Customer get(long id) {
        checkMayAccess(id);
        return customers.find(id).orElseThrow(() -> new NotFoundException("Customer", id));
    }

    public Customer create(CustomerRegistry registry, String tariffCode) {
        registry.validate();
        if (customers.findByCode(registry.code()).isPresent()) {
            throw new ValidationException("code", "customer.exists", registry.code());
        }
        Customer customer = new Customer(registry);
        customer.assignTariff(tariff(tariffCode));
        customers.add(customer);
        LOG.info(() -> caller.callerName() + " created customer " + registry.code());
        return customer;
    }

    public Customer update(long id, long version, CustomerRegistry registry, String tariffCode) {
        Customer customer = get(id);
        customer.checkVersion(version);
        customer.apply(registry);
        customer.assignTariff(tariff(tariffCode));
        LOG.info(() -> caller.callerName() + " updated customer " + customer.getCode());
        return customer;
    }

    public void delete(long id, long version) {
        Customer customer = get(id);
        customer.checkVersion(version);
        customers.remove(customer);
        LOG.info(() -> caller.callerName() + " deleted customer " + customer.getCode());
    }

    public Customer addSite(long id, long version, String name, Address address, BigDecimal distanceKm) {
        Customer customer = get(id);
        customer.checkVersion(version);
        customer.addSite(name, address, distanceKm);
        customers.changedInside(customer);
        return customer;
    }

    public Customer removeSite(long id, long version, long siteId) {
        Customer customer = get(id);
        customer.checkVersion(version);
        customer.removeSite(siteId);
        customers.changedInside(customer);
        return customer;
    }

    public Customer addContact(long id, long version, String name, String role, String phone, String email) {
        Customer customer = get(id);
        customer.checkVersion(version);
        customer.addContact(name, role, phone, email);
        customers.changedInside(customer);
        return customer;
    }

    public Customer removeContact(long id, long version, long contactId) {
        Customer customer = get(id);
        customer.checkVersion(version);
        customer.removeContact(contactId);
        customers.changedInside(customer);
        return customer;
    }

    public Customer updateCredit(long id, CreditStatus credit) {
        Customer customer = get(id);
        customer.updateCredit(credit);
        return customer;
    }

    private Tariff tariff(String tariffCode) {
        if (tariffCode == null || tariffCode.isBlank()) {
            return null;
        }
        return tariffs.findByCode(tariffCode.trim())
                .orElseThrow(() -> new ValidationException("tariff", "tariff.unknown", tariffCode));
    }

    private void checkMayAccess(long customerId) {
        if (context.isCallerInRole("CUSTOMER")) {
            caller.checkMayAccessCustomer(customerId, "Customer", customerId);
        }
    }

    private CustomerFilter scoped(CustomerFilter filter) {
        // staff need no lookup: asking this bean's own context spares a bean call on every list
        if (!context.isCallerInRole("CUSTOMER")) {
            return filter;
        }
        return caller.restrictedToCustomer().map(filter::restrictedTo).orElse(filter);
    }
}
