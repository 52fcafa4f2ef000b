package com.assisto.domain.customer;

import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.ImportReport;
import com.assisto.domain.shared.Message;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of taking the ERP's customer registry (X1): unknown codes are inserted, known ones
 * updated, identical rows change nothing (so a re-sent file is harmless), invalid rows and
 * repeated codes are rejected with their line and reason while the good rows are kept.
 */
public class CustomerImport {

    private final CustomerRepository customers;
    private final Set<String> codesSeen;

    public CustomerImport(CustomerRepository customers) {
        this(customers, new HashSet<>());
    }

    /** An import continuing a file whose earlier rows brought the given codes. */
    public CustomerImport(CustomerRepository customers, Set<String> codesSeen) {
        this.customers = Objects.requireNonNull(customers, "Customer repository is required.");
        this.codesSeen = codesSeen;
    }

    /** One line of a source file, already translated to registry data. */
    public record Row(long line, CustomerRegistry registry) {}

    public ImportReport importRows(List<Row> rows) {
        ImportReport report = new ImportReport();
        for (Row row : rows) {
            importRow(row, report);
        }
        return report;
    }

    private void importRow(Row row, ImportReport report) {
        CustomerRegistry registry = row.registry();
        List<FieldError> errors = registry.errors();
        if (!errors.isEmpty()) {
            report.reject(row.line(), described(errors));
            return;
        }
        if (!codesSeen.add(registry.code())) {
            report.reject(row.line(), Message.of("customer.import.repeated", registry.code()));
            return;
        }
        Optional<Customer> known = customers.findByCode(registry.code());
        if (known.isEmpty()) {
            customers.add(new Customer(registry));
            report.inserted();
        } else if (known.get().applyFromErp(registry)) {
            report.updated();
        } else {
            report.unchanged();
        }
    }

    /** The row's errors as {@link FieldError#describe} words them, each field named by its column. */
    private static Message described(List<FieldError> errors) {
        Message described = null;
        for (FieldError error : errors) {
            Message one = Message.of("import.fieldError", error.field(), error.problem());
            described = described == null ? one : Message.of("import.fieldErrors", described, one);
        }
        return described;
    }
}
