package com.assisto.domain.shared;

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

    public void reject(long line, String reason) {
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

    public String summary() {
        return inserted + " inserted, " + updated + " updated, " + unchanged + " unchanged, " + rejected.size()
                + " rejected";
    }

    /** A row left out of the import, and why. */
    public record RejectedRow(long line, String reason) {}
}
