package com.assisto.integration.erp.mexal;

import com.assisto.domain.exchange.InvoicingResult;
import com.assisto.integration.erp.exchange.Parsed;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;

/**
 * Mexal's invoicing results of the documents Assisto sent ({@code esiti-fatturazione}): in
 * {@code invoicing_results*.csv} {@code riferimento;id_documento;numero_fattura;data_fattura}, and
 * the same fields in the WebAPI's JSON.
 */
public final class MexalInvoicingResults {

    public static final List<String> COLUMNS = List.of("riferimento", "id_documento", "numero_fattura", "data_fattura");

    private static final MexalCsvLayout<InvoicingResult> LAYOUT = new MexalCsvLayout<>(
            COLUMNS,
            List.of(),
            row -> row.field(0).strip(),
            (row, width) -> new InvoicingResult(
                    row.field(0).strip(),
                    row.field(1).strip(),
                    row.field(2).strip(),
                    MexalValues.date(row.field(3), "data_fattura")));

    private MexalInvoicingResults() {}

    public static Iterator<Parsed<InvoicingResult>> read(InputStream in) {
        return LAYOUT.read(in);
    }

    /** One line of the layout, without its header, as a dead letter keeps it. */
    public static Parsed<InvoicingResult> line(String text) {
        return LAYOUT.line(text);
    }

    public static Parsed<InvoicingResult> fromJson(JsonObject record) {
        String reference = MexalValues.field(record, "riferimento").strip();
        try {
            return Parsed.of(
                    null,
                    reference,
                    record.toString(),
                    new InvoicingResult(
                            reference,
                            MexalValues.field(record, "id_documento").strip(),
                            MexalValues.field(record, "numero_fattura").strip(),
                            MexalValues.date(MexalValues.field(record, "data_fattura"), "data_fattura")));
        } catch (MexalValues.BadValue bad) {
            return Parsed.unreadable(null, reference, record.toString(), bad.problem());
        }
    }
}
