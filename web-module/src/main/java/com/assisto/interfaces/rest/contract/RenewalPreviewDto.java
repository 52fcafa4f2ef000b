package com.assisto.interfaces.rest.contract;

import com.assisto.application.renewal.RenewalPreview;
import com.assisto.domain.shared.Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What renewing a contract would do, as the API answers it: the preview's texts in English (how
 * each line's next price is reached, why it would wait, the index revaluation it applies).
 */
public record RenewalPreviewDto(
        long contractId,
        String contractNumber,
        String decision,
        String nextTypeCode,
        LocalDate nextStart,
        String waitingFor,
        String revaluation,
        String problem,
        List<Line> lines,
        Anniversary anniversary) {

    public record Line(long lineId, String description, BigDecimal current, BigDecimal next, String explanation) {}

    public record Anniversary(
            LocalDate date,
            String revaluation,
            int instalments,
            BigDecimal before,
            BigDecimal after,
            String waitingFor) {}

    public static RenewalPreviewDto of(RenewalPreview preview) {
        RenewalPreview.Anniversary anniversary = preview.anniversary();
        return new RenewalPreviewDto(
                preview.contractId(),
                preview.contractNumber(),
                preview.decision(),
                preview.nextTypeCode(),
                preview.nextStart(),
                english(preview.waitingFor()),
                english(preview.revaluation()),
                english(preview.problem()),
                preview.lines().stream()
                        .map(line -> new Line(
                                line.lineId(),
                                line.description(),
                                line.current(),
                                line.next(),
                                english(line.explanation())))
                        .toList(),
                anniversary == null
                        ? null
                        : new Anniversary(
                                anniversary.date(),
                                english(anniversary.revaluation()),
                                anniversary.instalments(),
                                anniversary.before(),
                                anniversary.after(),
                                english(anniversary.waitingFor())));
    }

    private static String english(Message message) {
        return message == null ? null : message.toString();
    }
}
