package com.assisto.domain.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.assisto.domain.shared.ImportReport;
import com.assisto.domain.shared.Slice;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        public void changedInside(Customer customer) {}

        @Override
        public void remove(Customer customer) {
            stored.remove(customer.getCode());
        }
    };

    private static CustomerImport.Row row(long line, String code, String name, String vat) {
        return new CustomerImport.Row(line, CustomerRegistryTest.registry(code, name, vat));
    }

    @Test
    void insertsUpdatesKeepsAndRejects() {
        new CustomerImport(repository).importRows(List.of(row(2, "A1", "Alfa", null), row(3, "B1", "Beta", null)));

        ImportReport report = new CustomerImport(repository)
                .importRows(List.of(
                        row(2, "A1", "Alfa", null),
                        row(3, "B1", "Beta Nuova", null),
                        row(4, "C1", "Gamma", null),
                        row(5, "D1", null, "123"),
                        row(6, "C1", "Gamma again", null)));

        assertEquals(1, report.getInserted());
        assertEquals(1, report.getUpdated());
        assertEquals(1, report.getUnchanged());
        assertEquals(
                List.of(5L, 6L),
                report.getRejected().stream()
                        .map(ImportReport.RejectedRow::line)
                        .toList());
        assertEquals(
                "name is required; vatNumber '123' is not a valid VAT number",
                report.getRejected().get(0).reason());
        assertEquals(
                "name è obbligatorio; vatNumber '123' non è una partita IVA valida",
                report.getRejected().get(0).problem().text(Locale.ITALIAN));
        assertEquals(
                "code C1 appears on an earlier line of the same file",
                report.getRejected().get(1).reason());
        assertEquals("1 inserted, 1 updated, 1 unchanged, 2 rejected", report.summary());
        assertEquals(
                "1 inseriti, 1 aggiornati, 1 invariati, 2 scartati",
                report.outcome().text(Locale.ITALIAN));
        assertEquals("Beta Nuova", stored.get("B1").getName());
        assertEquals(
                "Gamma", stored.get("C1").getName(), "a repeated code in the same file does not overwrite the first");
        assertEquals(3, stored.size());
    }
}
