package com.assisto.application.warning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.Fixtures;
import com.assisto.domain.shared.Message;
import com.assisto.domain.warning.InboxMessage;
import com.assisto.domain.warning.WarningKind;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The expiry warning (C10) and the administrative summary before renewal (C11) as each recipient
 * reads them: the inbox keeps them as messages, the mail goes out in the recipient's language.
 */
class WarningTextsTest {

    private static final LocalDate START = LocalDate.of(2015, 7, 1);
    private static final Instant NOW = Instant.parse("2016-06-09T06:00:00Z");

    private static Contract running() {
        Contract contract = Fixtures.quote(Fixtures.fullService(), START);
        contract.addLine(null, Fixtures.item("CP1"), null, Fixtures.yearly("800.00"), null);
        contract.confirm(START.minusDays(5), "FS/2015/00001");
        return contract;
    }

    @Test
    void theExpiryWarningReadsInTheRecipientsLanguage() {
        Contract contract = running();
        Message subject = Warnings.expirySubject(contract);
        Message body = Warnings.expiryBody(contract, subject, 21);

        assertEquals("Contract FS/2015/00001 of Customer 501.00001 ends on 2016-06-30", subject.toString());
        assertEquals(
                "Contract FS/2015/00001 of Customer 501.00001 ends on 2016-06-30 (21 days left).\n"
                        + "Type: 1 Full service\nValue: 800.00\nWhat follows: renews automatically\n",
                body.toString());
        assertEquals(
                "Il contratto FS/2015/00001 di Customer 501.00001 termina il 30/06/2016 (mancano 21 giorni).\n"
                        + "Tipo: 1 Full service\nValore: 800,00\nAlla scadenza: si rinnova automaticamente\n",
                body.text(Locale.ITALIAN));
    }

    @Test
    void theSummaryBeforeRenewalListsWhatHappenedSectionBySection() {
        Contract contract = running();
        Map<Message, List<TermIncident>> sections = new LinkedHashMap<>();
        Message priceChanges = Message.of("warning.section.priceChanges");
        sections.put(
                priceChanges,
                List.of(new TermIncident(
                        priceChanges,
                        Message.of(
                                "warning.priceChanged",
                                Message.of(
                                        "audit.priceOverridden",
                                        "Copier",
                                        new BigDecimal("700.00"),
                                        new BigDecimal("800.00")),
                                "office"),
                        null)));
        Message instalments = Message.of("warning.section.instalments");
        sections.put(
                instalments,
                List.of(new TermIncident(
                        instalments,
                        Message.of("warning.instalment", 1, Message.of("figure.date", 2015, 7, 1), "DUE"),
                        new BigDecimal("1200.00"))));
        Message subject = Warnings.summarySubject(contract);

        Message body = Warnings.summaryBody(contract, subject, sections);

        assertEquals(
                "Before renewal: FS/2015/00001 of Customer 501.00001 renews on 2016-07-01\n"
                        + "Term 2015-07-01–2016-06-30, value 800.00, renews automatically\n"
                        + "\nPrice changes:\n  - Copier: 700.00 → 800.00 (manual) (office)\n"
                        + "\nInstalments:\n  - instalment 1 due 2015-07-01 is DUE [1,200.00]\n",
                body.toString());
        assertEquals(
                "Prima del rinnovo: FS/2015/00001 di Customer 501.00001 si rinnova il 01/07/2016\n"
                        + "Periodo 01/07/2015–30/06/2016, valore 800,00, si rinnova automaticamente\n"
                        + "\nVariazioni di prezzo:\n  - Copier: 700,00 → 800,00 (manuale) (office)\n"
                        + "\nRate:\n  - la rata 1 con scadenza 01/07/2015 è DUE [1.200,00]\n",
                body.text(Locale.ITALIAN));
        assertTrue(Warnings.summaryBody(contract, subject, Map.of())
                .text(Locale.ITALIAN)
                .endsWith("\n\nNulla da segnalare per questo periodo.\n"));
    }

    @Test
    void aLongSummaryNestsOnlyAFewLevelsAndSurvivesBeingStored() {
        List<Message> lines = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            lines.add(Message.of("warning.summaryIncident", "line " + i));
        }

        Message body = Warnings.joined(lines);

        assertEquals(10, depth(body), "⌈log₂ 1000⌉ joins deep");
        String text = body.toString();
        assertTrue(text.startsWith("  - line 1\n  - line 2\n") && text.endsWith("  - line 1000\n"));
        assertEquals(body, Message.decode(body.encode()));
    }

    @Test
    void theInboxKeepsTheMessagesAndAnOlderMessageReadsAsWritten() throws ReflectiveOperationException {
        Contract contract = running();
        Message subject = Warnings.expirySubject(contract);
        Message body = Warnings.expiryBody(contract, subject, 21);

        InboxMessage message = new InboxMessage("office", WarningKind.EXPIRY, 7L, subject, body, NOW);

        assertEquals(subject, message.getSubject());
        assertEquals(body, message.getBody());
        assertEquals(
                "Il contratto FS/2015/00001 di Customer 501.00001 termina il 30/06/2016",
                message.getSubject().text(Locale.ITALIAN));

        Field column = InboxMessage.class.getDeclaredField("subject");
        column.setAccessible(true);
        column.set(message, "Contract FS/2015/00001 of Customer 501.00001 ends on 2016-06-30");
        assertEquals(
                "Contract FS/2015/00001 of Customer 501.00001 ends on 2016-06-30",
                message.getSubject().text(Locale.ITALIAN));
    }

    private static int depth(Message message) {
        int deepest = 0;
        for (Object argument : message.arguments()) {
            if (argument instanceof Message nested && nested.key().equals("warning.joined")) {
                deepest = Math.max(deepest, depth(nested));
            }
        }
        return message.key().equals("warning.joined") ? deepest + 1 : deepest;
    }
}
