package com.assisto.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.domain.contract.Contract;
import com.assisto.domain.shared.Figures;
import com.assisto.domain.shared.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The audit trail's words: every action the code records has its name in both languages. */
class AuditTextsTest {

    /** The literal action of {@code audit.record(type, id, "action", …)}; one built at run time is not matched. */
    private static final Pattern RECORDED_ACTION = Pattern.compile(
            "audit\\.record\\(\\s*(?:[^,()]|\\([^()]*\\))+,\\s*(?:[^,()]|\\([^()]*\\))+,\\s*\"([^\"]+)\"\\s*,");

    /** Actions whose code is not a literal at the call: a constant, or built from the template's removal. */
    private static final List<String> OTHER_ACTIONS =
            List.of(Contract.PRICE_CHANGED_ACTION, "template deleted", "template retired");

    @Test
    void everyRecordedActionHasItsWordsInBothLanguages() throws IOException {
        Set<String> actions = new TreeSet<>(OTHER_ACTIONS);
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/com/assisto/application"))) {
            for (Path source :
                    sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = RECORDED_ACTION.matcher(read(source));
                while (matcher.find()) {
                    actions.add(matcher.group(1));
                }
            }
        }
        assertTrue(
                actions.containsAll(List.of("created", "updated", "confirmed", "line added", "locked")),
                actions::toString);

        List<String> withoutWords = new ArrayList<>();
        for (String action : actions) {
            Message words = AuditTexts.action(action);
            if (!words.key().startsWith("audit.action.")
                    || words.text(Locale.ITALIAN).equals(words.text(Locale.ENGLISH))) {
                withoutWords.add(action + " → " + words.text(Locale.ITALIAN));
            }
        }
        assertEquals(List.of(), withoutWords, "actions without their words in Italian");
    }

    @Test
    void anActionsKeyIsItsCodeInCamelCase() {
        assertEquals("audit.action.priceChanged", AuditTexts.actionKey("price changed"));
        assertEquals("audit.action.created", AuditTexts.actionKey("created"));
        assertEquals("price changed", AuditTexts.action("price changed").text(Locale.ENGLISH));
        assertEquals("prezzo modificato", AuditTexts.action("price changed").text(Locale.ITALIAN));
        assertEquals("riga tolta", AuditTexts.action("line removed").text(Locale.ITALIAN));
        assertNotEquals("audit.action.migrated", AuditTexts.action("migrated").key());
    }

    @Test
    void aRevaluationClauseReadsInItalian() {
        Message clause = Message.of(
                "audit.revaluationFloor",
                Message.of("audit.revaluation", "FOI", Figures.decimal(new BigDecimal("75")), 3),
                Figures.decimal(new BigDecimal("1.5")));

        assertEquals("FOI at 75 %, reference month 3 months before, decreases applied, floor 1.5 %", clause.toString());
        assertEquals(
                "FOI al 75 %, mese di riferimento 3 mesi prima, diminuzioni applicate, aumento minimo 1,5 %",
                clause.text(Locale.ITALIAN));
        assertEquals(
                "FOI al 75 %, mese di riferimento 1 mese prima, diminuzioni non applicate",
                Message.of("audit.revaluationNoDecrease", "FOI", Figures.decimal(new BigDecimal("75")), 1)
                        .text(Locale.ITALIAN));
    }

    @Test
    void aValueReadsAsTheReadersLanguageWritesIt() {
        assertEquals("01/02/2025", text(AuditTexts.value("2025-02-01"), Locale.ITALIAN), "a date custom field");
        assertEquals("2025-02-01", text(AuditTexts.value("2025-02-01"), Locale.ENGLISH));
        assertEquals("12,50", text(AuditTexts.value(new BigDecimal("12.50")), Locale.ITALIAN));
        assertEquals("1200", text(AuditTexts.value(1200), Locale.ENGLISH), "a plain figure, as before");
        assertEquals("Gold", text(AuditTexts.value("Gold"), Locale.ITALIAN));
        assertEquals("nessuno", text(AuditTexts.value(null), Locale.ITALIAN));
    }

    private static String text(Object value, Locale locale) {
        return Message.of("audit.change", "x", value, value).text(locale).replaceFirst("^x: (.*) → .*$", "$1");
    }

    private static String read(Path source) {
        try {
            return Files.readString(source);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
