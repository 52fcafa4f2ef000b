package com.assisto.integration.erp.exchange;

import com.assisto.domain.exchange.BatchOutcome;
import com.assisto.domain.exchange.ErpFlow;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * An inbound flow as the routes need it (X1, X3): the ERP's translator, which reads the flow's
 * records from a file, from the WebAPI's JSON or from a dead letter's payload, and the
 * application's side, which applies a batch of records. Each transport's route is written once
 * for every flow; another ERP means another translator, not new routes.
 *
 * @param <R> the record the translator makes
 */
public interface InboundFlow<R> {

    ErpFlow flow();

    /**
     * The names of the files the flow's drop folder takes, without their extension, as a regular
     * expression matched ignoring case: {@code .csv} files are read by the translator's layout,
     * {@code .xml} files as records of fields named as in the WebAPI's JSON.
     */
    String fileNames();

    /** The records of a file, as they are read. */
    Iterator<Parsed<R>> fromFile(InputStream file);

    /** The WebAPI resource the flow is polled from, under {@code /webapi/risorse/}; empty when it has none. */
    Optional<String> webApiResource();

    /** The records of one JSON record of the WebAPI (one invoice may carry several instalments). */
    List<Parsed<R>> fromJson(JsonObject record);

    /**
     * A record as a dead letter keeps it: a file's line, or a WebAPI record's JSON, of which the
     * record with the dead letter's key (null: the first) is meant.
     */
    Parsed<R> fromPayload(String payload, String key);

    /** Applies a batch of records in one transaction. */
    BatchOutcome apply(List<R> batch);
}
