package com.assisto.domain.shared;

import jakarta.json.bind.annotation.JsonbTransient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The outcome of importing one file: what was inserted, updated or already up to date, and each
 * rejected row with its line number and reason. Good rows are kept even when others are rejected.
 */
public class ImportReport {

    private int inserted;
    private int updated;
    private int unchanged;
    private final List<RejectedRow> rejected = new ArrayList<>();

    public void inserted() {
        inserted++;
    }

    public void updated() {
        updated++;
    }

    public void unchanged() {
        unchanged++;
    }

    /** A row left out for a reason not put into words by the domain (a parser's message). */
    public void reject(long line, String reason) {
        reject(line, Message.verbatim(reason));
    }

    public void reject(long line, Message reason) {
        rejected.add(new RejectedRow(line, reason));
    }

    public void merge(ImportReport other) {
        inserted += other.inserted;
        updated += other.updated;
        unchanged += other.unchanged;
        rejected.addAll(other.rejected);
    }

    public int getInserted() {
        return inserted;
    }

    public int getUpdated() {
        return updated;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public List<RejectedRow> getRejected() {
        List<RejectedRow> sorted = new ArrayList<>(rejected);
        sorted.sort(java.util.Comparator.comparingLong(RejectedRow::line));
        return Collections.unmodifiableList(sorted);
    }

    /** How many rows went which way, in the reader's language. */
    public Message outcome() {
        return Message.of("import.summary", inserted, updated, unchanged, rejected.size());
    }

    /** The outcome in English, as the logs and the import report files read it. */
    public String summary() {
        return outcome().toString();
    }

    /**
     * A row left out of the import, and why: {@link #problem()} in the reader's language,
     * {@link #reason()} in English, as the REST API and the import report files read it.
     */
    public record RejectedRow(
            long line, String reason, @JsonbTransient Message problem) {

        public RejectedRow(long line, Message problem) {
            this(line, problem.toString(), problem);
        }
    }
}
