package com.assisto.integration.erp.mexal;

import com.assisto.domain.tariff.TariffPriceReport;
import com.assisto.integration.erp.exchange.Parsed;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;

/**
 * Mexal's price lists ({@code listini}), one dated monthly price a row: in {@code tariffs*.csv}
 * {@code cod_listino;descrizione;cod_articolo;tipologia;valido_dal;canone_mensile} (an item or a
 * service typology, not both); the same fields in the WebAPI's JSON.
 */
public final class MexalTariffs {

    public static final List<String> COLUMNS =
            List.of("cod_listino", "descrizione", "cod_articolo", "tipologia", "valido_dal", "canone_mensile");

    private static final MexalCsvLayout<TariffPriceReport> LAYOUT = new MexalCsvLayout<>(
            COLUMNS,
            List.of(),
            row -> row.field(0).strip() + "/"
                    + (row.field(2).isBlank()
                            ? "T:" + row.field(3).strip()
                            : row.field(2).strip()) + "/" + row.field(4).strip(),
            (row, width) -> new TariffPriceReport(
                    row.field(0),
                    row.field(1),
                    row.field(2),
                    row.field(3),
                    MexalValues.date(row.field(4), "valido_dal"),
                    MexalValues.decimal(row.field(5), "canone_mensile")));

    private MexalTariffs() {}

    public static Iterator<Parsed<TariffPriceReport>> read(InputStream in) {
        return LAYOUT.read(in);
    }

    /** One line of the layout, without its header, as a dead letter keeps it. */
    public static Parsed<TariffPriceReport> line(String text) {
        return LAYOUT.line(text);
    }

    public static Parsed<TariffPriceReport> fromJson(JsonObject record) {
        String payload = record.toString();
        try {
            TariffPriceReport report = new TariffPriceReport(
                    MexalValues.field(record, "cod_listino"),
                    MexalValues.field(record, "descrizione"),
                    MexalValues.field(record, "cod_articolo"),
                    MexalValues.field(record, "tipologia"),
                    MexalValues.date(MexalValues.field(record, "valido_dal"), "valido_dal"),
                    MexalValues.decimal(MexalValues.field(record, "canone_mensile"), "canone_mensile"));
            return Parsed.of(null, report.key(), payload, report);
        } catch (MexalValues.BadValue bad) {
            return Parsed.unreadable(null, MexalValues.field(record, "cod_listino"), payload, bad.problem());
        }
    }
}
