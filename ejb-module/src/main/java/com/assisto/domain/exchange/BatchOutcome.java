package com.assisto.domain.exchange;

import com.assisto.domain.shared.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * What applying a batch of records did: how many were applied (new or changed) or already as the
 * ERP says, and which ones were refused, by their position in the batch, and why.
 */
public final class BatchOutcome {

    private int applied;
    private int unchanged;
    private final List<Refusal> refused = new ArrayList<>();

    public void applied() {
        applied++;
    }

    public void unchanged() {
        unchanged++;
    }

    public void refuse(int index, Message reason) {
        refused.add(new Refusal(index, reason));
    }

    public int getApplied() {
        return applied;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public List<Refusal> getRefused() {
        return List.copyOf(refused);
    }

    /** A record of the batch, by its index, and why it was refused. */
    public record Refusal(int index, Message reason) {}
}
