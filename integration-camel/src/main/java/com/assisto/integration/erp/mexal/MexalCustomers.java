package com.assisto.integration.erp.mexal;

import com.assisto.domain.customer.CustomerRegistry;
import com.assisto.domain.shared.Address;
import com.assisto.integration.erp.exchange.Parsed;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Mexal's customer registry ({@code clienti}): in {@code customers*.csv} the columns
 * {@link #COLUMNS}, the same fields in the WebAPI's JSON. The legal representative is not in the
 * ERP: it stays as Assisto has it.
 */
public final class MexalCustomers {

    public static final List<String> COLUMNS = List.of(
            "codice",
            "ragione_sociale",
            "partita_iva",
            "codice_fiscale",
            "indirizzo",
            "cap",
            "localita",
            "provincia",
            "email",
            "pec",
            "codice_sdi",
            "cod_pagamento");

    private static final MexalCsvLayout<CustomerRegistry> LAYOUT =
            new MexalCsvLayout<>(COLUMNS, List.of(), row -> row.field(0).strip(), (row, width) -> registry(row::field));

    private MexalCustomers() {}

    public static Iterator<Parsed<CustomerRegistry>> read(InputStream in) {
        return LAYOUT.read(in);
    }

    /** One line of the layout, without its header, as a dead letter keeps it. */
    public static Parsed<CustomerRegistry> line(String text) {
        return LAYOUT.line(text);
    }

    public static Parsed<CustomerRegistry> fromJson(JsonObject record) {
        CustomerRegistry registry = registry(index -> MexalValues.field(record, COLUMNS.get(index)));
        return Parsed.of(null, registry.code(), record.toString(), registry);
    }

    /** The registry from the layout's fields, by their index in {@link #COLUMNS}. */
    private static CustomerRegistry registry(IntFunction<String> field) {
        Address address = new Address(field.apply(4), field.apply(5), field.apply(6), field.apply(7), "IT");
        return new CustomerRegistry(
                field.apply(0),
                field.apply(1),
                field.apply(2),
                field.apply(3),
                null,
                address,
                field.apply(8),
                field.apply(9),
                field.apply(10),
                field.apply(11));
    }
}
