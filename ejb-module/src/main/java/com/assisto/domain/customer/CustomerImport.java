package com.assisto.domain.customer;

import com.assisto.domain.exchange.BatchOutcome;
import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rules of taking the ERP's customer registry (X1), a batch at a time: unknown codes are
 * inserted, known ones updated with what the ERP keeps (what only Assisto knows stays), identical
 * records change nothing (so a re-sent file is harmless), invalid records and codes repeated in
 * the batch are refused with the reason, each field named by the ERP's column, while the good
 * records are kept. The batch's known customers are read with one query, its new ones added in one go.
 */
public class CustomerImport {

    /** The ERP's column of each registry field a record can get wrong. */
    private static final Map<String, String> COLUMNS = Map.of(
            "code", "codice",
            "name", "ragione_sociale",
            "vatNumber", "partita_iva",
            "taxCode", "codice_fiscale",
            "email", "email",
            "pec", "pec",
            "sdiCode", "codice_sdi",
            "province", "provincia");

    private final CustomerRepository customers;

    public CustomerImport(CustomerRepository customers) {
        this.customers = Objects.requireNonNull(customers, "Customer repository is required.");
    }

    public BatchOutcome apply(List<CustomerRegistry> records) {
        Set<String> codes = new HashSet<>();
        records.stream().map(CustomerRegistry::code).filter(Objects::nonNull).forEach(codes::add);
        Map<String, Customer> known = new HashMap<>();
        customers.findByCodes(codes).forEach(customer -> known.put(customer.getCode(), customer));
        BatchOutcome outcome = new BatchOutcome();
        Set<String> seen = new HashSet<>();
        List<Customer> added = new ArrayList<>();
        for (int index = 0; index < records.size(); index++) {
            CustomerRegistry registry = records.get(index);
            List<FieldError> errors = registry.errors();
            if (!errors.isEmpty()) {
                outcome.refuse(index, described(errors));
            } else if (!seen.add(registry.code())) {
                outcome.refuse(index, Message.of("customer.import.repeated", registry.code()));
            } else if (!known.containsKey(registry.code())) {
                added.add(new Customer(registry));
                outcome.applied();
            } else if (known.get(registry.code()).applyFromErp(registry)) {
                outcome.applied();
            } else {
                outcome.unchanged();
            }
        }
        customers.addAll(added);
        return outcome;
    }

    /** The record's errors as {@link FieldError#describe} words them, each field named by the ERP's column. */
    private static Message described(List<FieldError> errors) {
        Message described = null;
        for (FieldError error : errors) {
            Message one = Message.of(
                    "import.fieldError", COLUMNS.getOrDefault(error.field(), error.field()), error.problem());
            described = described == null ? one : Message.of("import.fieldErrors", described, one);
        }
        return described;
    }
}
