package com.assisto.integration.erp.exchange;

import com.assisto.domain.exchange.BatchOutcome;
import com.assisto.domain.exchange.ErpFlow;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * An inbound flow put together from the ERP's translator (its file layout, its JSON record and a
 * dead letter's line) and the application service that applies a batch: what each flow's bean
 * names, and nothing else.
 *
 * @param <R> the record the translator makes
 */
public abstract class TranslatedFlow<R> implements InboundFlow<R> {

    /** The translator's readers of one flow. */
    public record Translator<R>(
            Function<InputStream, Iterator<Parsed<R>>> file,
            Function<JsonObject, List<Parsed<R>>> json,
            Function<String, Parsed<R>> line) {}

    private final ErpFlow flow;
    private final String fileNames;
    private final String webApiResource;
    private final Translator<R> translator;
    private final Function<List<R>, BatchOutcome> applier;

    /**
     * @param fileNames the drop folder's file names without extension, a regular expression
     * @param webApiResource the resource under {@code /webapi/risorse/} the flow is polled from, null for none
     */
    protected TranslatedFlow(
            ErpFlow flow,
            String fileNames,
            String webApiResource,
            Translator<R> translator,
            Function<List<R>, BatchOutcome> applier) {
        this.flow = flow;
        this.fileNames = fileNames;
        this.webApiResource = webApiResource;
        this.translator = translator;
        this.applier = applier;
    }

    @Override
    public ErpFlow flow() {
        return flow;
    }

    @Override
    public String fileNames() {
        return fileNames;
    }

    @Override
    public Iterator<Parsed<R>> fromFile(InputStream file) {
        return translator.file().apply(file);
    }

    @Override
    public Optional<String> webApiResource() {
        return Optional.ofNullable(webApiResource);
    }

    @Override
    public List<Parsed<R>> fromJson(JsonObject record) {
        return translator.json().apply(record);
    }

    @Override
    public Parsed<R> fromPayload(String payload, String key) {
        return Payloads.read(payload, key, translator.json(), translator.line());
    }

    @Override
    public BatchOutcome apply(List<R> batch) {
        return applier.apply(batch);
    }
}
