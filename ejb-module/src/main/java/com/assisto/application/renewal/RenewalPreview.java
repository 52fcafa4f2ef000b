package com.assisto.application.renewal;

import com.assisto.domain.shared.Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What renewing a contract would do (C9, C6): RENEW, CONVERT or EXPIRE, the next type and
 * start, each line's price now and next with its explanation, and why it would wait, if it would;
 * and the next anniversary revaluation inside the term, if one is left. The texts are messages,
 * put into words in the reader's language: {@code waitingFor} as a run would record it,
 * {@code wouldWait} as a sentence of its own for the page.
 */
public record RenewalPreview(
        long contractId,
        String contractNumber,
        String decision,
        String nextTypeCode,
        LocalDate nextStart,
        Message waitingFor,
        Message wouldWait,
        Message revaluation,
        Message problem,
        List<Line> lines,
        Anniversary anniversary) {

    public record Line(long lineId, String description, BigDecimal current, BigDecimal next, Message explanation) {}

    /**
     * The next anniversary revaluation inside a term longer than a year: the instalments not yet
     * billed it would move and their total before and after, or the index values it waits for
     * and the sentence that says so.
     */
    public record Anniversary(
            LocalDate date,
            Message revaluation,
            int instalments,
            BigDecimal before,
            BigDecimal after,
            Message waitingFor,
            Message wouldWait) {}

    public BigDecimal currentTotal() {
        return lines.stream().map(Line::current).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The next term's value, or null when a line cannot be priced or nothing follows. */
    public BigDecimal nextTotal() {
        if (lines.stream().map(Line::next).anyMatch(Objects::isNull)) {
            return null;
        }
        return lines.stream().map(Line::next).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
