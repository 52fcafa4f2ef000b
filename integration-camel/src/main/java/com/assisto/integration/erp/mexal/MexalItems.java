package com.assisto.integration.erp.mexal;

import com.assisto.domain.item.ItemReport;
import com.assisto.integration.erp.exchange.Parsed;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;

/**
 * Mexal's item master ({@code articoli}): in {@code items*.csv}
 * {@code cod_articolo;descrizione;um;prezzo}, optionally followed by {@code mesi_garanzia}; the
 * same fields in the WebAPI's JSON.
 */
public final class MexalItems {

    public static final List<String> COLUMNS = List.of("cod_articolo", "descrizione", "um", "prezzo");
    public static final List<String> OPTIONAL = List.of("mesi_garanzia");

    private static final MexalCsvLayout<ItemReport> LAYOUT = new MexalCsvLayout<>(
            COLUMNS,
            OPTIONAL,
            row -> row.field(0).strip(),
            (row, width) -> new ItemReport(
                    row.field(0),
                    row.field(1),
                    row.field(2),
                    MexalValues.decimal(row.field(3), "prezzo"),
                    width > COLUMNS.size() ? MexalValues.whole(row.field(4), "mesi_garanzia", 0) : null));

    private MexalItems() {}

    public static Iterator<Parsed<ItemReport>> read(InputStream in) {
        return LAYOUT.read(in);
    }

    /** One line of the layout, without its header, as a dead letter keeps it. */
    public static Parsed<ItemReport> line(String text) {
        return LAYOUT.line(text);
    }

    public static Parsed<ItemReport> fromJson(JsonObject record) {
        String code = MexalValues.field(record, "cod_articolo").strip();
        try {
            return Parsed.of(
                    null,
                    code,
                    record.toString(),
                    new ItemReport(
                            code,
                            MexalValues.field(record, "descrizione"),
                            MexalValues.field(record, "um"),
                            MexalValues.decimal(MexalValues.field(record, "prezzo"), "prezzo"),
                            record.containsKey("mesi_garanzia")
                                    ? MexalValues.whole(MexalValues.field(record, "mesi_garanzia"), "mesi_garanzia", 0)
                                    : null));
        } catch (MexalValues.BadValue bad) {
            return Parsed.unreadable(null, code, record.toString(), bad.problem());
        }
    }
}
