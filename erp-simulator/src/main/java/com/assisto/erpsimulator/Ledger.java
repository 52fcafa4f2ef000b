package com.assisto.erpsimulator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulated ERP's data: the records seeded for each GET resource and the documents booked, which it invoices at
 * once. Shared by REST and SOAP, so a key booked over one channel is a duplicate over the other.
 */
final class Ledger {

    /** The resources the WebAPI serves with GET, in the order --seed-dir looks for their files. */
    static final List<String> RESOURCES =
            List.of("clienti", "scadenzario", "articoli", "progressivi-articoli", "listini");

    /** The outcome of posting a document: the booked document and whether its key had been booked before. */
    record Booking(ReceivedDocument document, boolean duplicate) {}

    private final Map<String, List<Map<String, Object>>> seeds = new HashMap<>();
    private final Map<String, ReceivedDocument> documents = new LinkedHashMap<>();
    private final Map<Integer, Integer> invoicesPerYear = new HashMap<>();
    private int posts;

    /**
     * Books a document under its key unless the key is already booked; either way the post is counted.
     *
     * @param json the body as received, kept for the tests to inspect
     */
    synchronized Booking book(String key, String type, String customer, LocalDate date, String json) {
        posts++;
        ReceivedDocument known = documents.get(key);
        if (known != null) {
            ReceivedDocument again = new ReceivedDocument(
                    known.key(),
                    known.type(),
                    known.customer(),
                    known.json(),
                    known.erpId(),
                    known.invoiceNumber(),
                    known.invoiceDate(),
                    known.timesPosted() + 1);
            documents.put(key, again);
            return new Booking(again, true);
        }
        int invoice = invoicesPerYear.merge(date.getYear(), 1, Integer::sum);
        ReceivedDocument booked = new ReceivedDocument(
                key,
                type,
                customer,
                json,
                String.format("DOC-%06d", documents.size() + 1),
                String.format("FT/%d/%06d", date.getYear(), invoice),
                date,
                1);
        documents.put(key, booked);
        return new Booking(booked, false);
    }

    synchronized List<ReceivedDocument> received() {
        return List.copyOf(documents.values());
    }

    /** The documents invoiced on or after a day, all of them when {@code since} is null. */
    synchronized List<ReceivedDocument> invoicedSince(LocalDate since) {
        return documents.values().stream()
                .filter(d -> since == null || !d.invoiceDate().isBefore(since))
                .toList();
    }

    synchronized int posts() {
        return posts;
    }

    /**
     * Replaces the records a resource serves.
     *
     * @throws IllegalArgumentException for a resource the WebAPI does not serve
     */
    synchronized void seed(String resource, List<Map<String, Object>> records) {
        if (!RESOURCES.contains(resource)) {
            throw new IllegalArgumentException("unknown resource " + resource + ", expected one of " + RESOURCES);
        }
        seeds.put(resource, List.copyOf(records));
    }

    /**
     * The records of a resource changed on or after a day: a record's {@code dt_mod} (AAAAMMGG) says when; a record
     * without a readable one is always included, since the simulator does not interpret what it was seeded.
     */
    synchronized List<Map<String, Object>> records(String resource, LocalDate since) {
        List<Map<String, Object>> matching = new ArrayList<>();
        for (Map<String, Object> record : seeds.getOrDefault(resource, List.of())) {
            Object changed = record.get("dt_mod");
            boolean before = since != null
                    && changed instanceof String text
                    && Json.erpDate(text).map(d -> d.isBefore(since)).orElse(false);
            if (!before) {
                matching.add(record);
            }
        }
        return matching;
    }

    synchronized void clear() {
        seeds.clear();
        documents.clear();
        invoicesPerYear.clear();
        posts = 0;
    }
}
