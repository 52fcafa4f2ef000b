package com.assisto.integration.erp.mexal;

import com.assisto.domain.customer.OpenItemReport;
import com.assisto.domain.customer.PaymentState;
import com.assisto.domain.shared.Message;
import com.assisto.integration.erp.exchange.Parsed;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Mexal's schedule of receivables ({@code scadenzario}). In {@code open_items.csv} one instalment
 * a row: {@code codice;data_documento;serie;numero;rata;dt_scadenza;importo;stato_pagamento}; in
 * the WebAPI one invoice a record, its instalments in the arrays {@code dt_sca_pg},
 * {@code imp_scadenza} and {@code stato_pagamento}. The payment state is Mexal's letter or word:
 * A (aperta) open, P or S (pagata, saldata) paid, I (insoluta) returned unpaid.
 */
public final class MexalOpenItems {

    public static final List<String> COLUMNS =
            List.of("codice", "data_documento", "serie", "numero", "rata", "dt_scadenza", "importo", "stato_pagamento");

    private static final MexalCsvLayout<OpenItemReport> LAYOUT = new MexalCsvLayout<>(
            COLUMNS,
            List.of(),
            row -> row.field(0) + "/" + row.field(1) + "/" + row.field(2) + "/" + row.field(3) + "/" + row.field(4),
            (row, width) -> new OpenItemReport(
                    row.field(0).strip(),
                    MexalValues.date(row.field(1), "data_documento"),
                    row.field(2),
                    row.field(3).strip(),
                    MexalValues.whole(row.field(4), "rata", 1),
                    MexalValues.date(row.field(5), "dt_scadenza"),
                    MexalValues.decimal(row.field(6), "importo"),
                    state(row.field(7))));

    private MexalOpenItems() {}

    public static Iterator<Parsed<OpenItemReport>> read(InputStream in) {
        return LAYOUT.read(in);
    }

    /** One line of the layout, without its header, as a dead letter keeps it. */
    public static Parsed<OpenItemReport> line(String text) {
        return LAYOUT.line(text);
    }

    /** The instalments of one invoice of the WebAPI's {@code scadenzario}; the payload of each is the invoice's JSON. */
    public static List<Parsed<OpenItemReport>> fromJson(JsonObject invoice) {
        String payload = invoice.toString();
        String customer = MexalValues.field(invoice, "codice").strip();
        String documentDate = MexalValues.field(invoice, "data_documento");
        String series = MexalValues.field(invoice, "serie");
        String number = MexalValues.field(invoice, "numero").strip();
        int instalments = Math.max(1, size(invoice, "dt_sca_pg"));
        List<Parsed<OpenItemReport>> reports = new ArrayList<>(instalments);
        for (int index = 0; index < instalments; index++) {
            String key = customer + "/" + documentDate + "/" + series + "/" + number + "/" + (index + 1);
            try {
                reports.add(Parsed.of(
                        null,
                        key,
                        payload,
                        new OpenItemReport(
                                customer,
                                MexalValues.date(documentDate, "data_documento"),
                                series,
                                number,
                                index + 1,
                                MexalValues.date(MexalValues.element(invoice, "dt_sca_pg", index), "dt_sca_pg"),
                                MexalValues.decimal(
                                        MexalValues.element(invoice, "imp_scadenza", index), "imp_scadenza"),
                                state(MexalValues.element(invoice, "stato_pagamento", index)))));
            } catch (MexalValues.BadValue bad) {
                reports.add(Parsed.unreadable(null, key, payload, bad.problem()));
            }
        }
        return reports;
    }

    private static int size(JsonObject record, String name) {
        return record.get(name) instanceof JsonArray array ? array.size() : 0;
    }

    /** Mexal's payment state, by its letter or its word; null when blank. */
    public static PaymentState state(String text) throws MexalValues.BadValue {
        String plain = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (plain) {
            case "" -> null;
            case "a", "aperta", "aperto", "da pagare" -> PaymentState.OPEN;
            case "p", "s", "pagata", "pagato", "saldata", "saldato" -> PaymentState.PAID;
            case "i", "insoluta", "insoluto" -> PaymentState.UNPAID;
            default ->
                throw new MexalValues.BadValue("stato_pagamento", Message.of("openItem.badState", text, "A, P, I"));
        };
    }
}
