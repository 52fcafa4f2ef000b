package com.assisto.domain.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.assisto.domain.exchange.BatchOutcome;
import com.assisto.domain.shared.Slice;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomerImportTest {

    private final Map<String, Customer> stored = new HashMap<>();
    private final CustomerRepository repository = new CustomerRepository() {
        @Override
        public Optional<Customer> find(long id) {
            return Optional.empty();
        }

        @Override
        public Optional<Customer> view(long id) {
            return Optional.empty();
        }

        @Override
        public Optional<Customer> findByCode(String code) {
            return Optional.ofNullable(stored.get(code));
        }

        @Override
        public List<Customer> findByCodes(Collection<String> codes) {
            return codes.stream().map(stored::get).filter(Objects::nonNull).toList();
        }

        @Override
        public Slice<CustomerListing> search(CustomerFilter filter, String afterCode, int limit) {
            return new Slice<>(List.of(), null);
        }

        @Override
        public List<Customer> page(CustomerFilter filter, String sortField, boolean ascending, int first, int max) {
            return List.copyOf(stored.values());
        }

        @Override
        public long count(CustomerFilter filter) {
            return stored.size();
        }

        @Override
        public Optional<ServiceSite> findSite(long siteId) {
            return Optional.empty();
        }

        @Override
        public void add(Customer customer) {
            stored.put(customer.getCode(), customer);
        }

        @Override
        public void addAll(List<Customer> customers) {
            customers.forEach(this::add);
        }

        @Override
        public void changedInside(Customer customer) {}

        @Override
        public void remove(Customer customer) {
            stored.remove(customer.getCode());
        }
    };

    private static CustomerRegistry record(String code, String name, String vat) {
        return CustomerRegistryTest.registry(code, name, vat);
    }

    @Test
    void insertsUpdatesKeepsAndRefusesNamingTheErpsColumns() {
        new CustomerImport(repository).apply(List.of(record("A1", "Alfa", null), record("B1", "Beta", null)));

        BatchOutcome outcome = new CustomerImport(repository)
                .apply(List.of(
                        record("A1", "Alfa", null),
                        record("B1", "Beta Nuova", null),
                        record("C1", "Gamma", null),
                        record("D1", null, "123"),
                        record("C1", "Gamma again", null)));

        assertEquals(2, outcome.getApplied(), "C1 inserted, B1 updated");
        assertEquals(1, outcome.getUnchanged());
        assertEquals(
                List.of(3, 4),
                outcome.getRefused().stream().map(BatchOutcome.Refusal::index).toList());
        assertEquals(
                "ragione_sociale is required; partita_iva '123' is not a valid VAT number",
                outcome.getRefused().get(0).reason().text(Locale.ENGLISH));
        assertEquals(
                "ragione_sociale è obbligatorio; partita_iva '123' non è una partita IVA valida",
                outcome.getRefused().get(0).reason().text(Locale.ITALIAN));
        assertEquals(
                "the customer C1 appears twice in the same block: the first record counts",
                outcome.getRefused().get(1).reason().text(Locale.ENGLISH));
        assertEquals("Beta Nuova", stored.get("B1").getName());
        assertEquals("Gamma", stored.get("C1").getName(), "a code repeated in the block does not overwrite the first");
        assertEquals(3, stored.size());
    }
}
