package com.assisto.integration.erp.mexal;

import com.assisto.domain.item.StockReport;
import com.assisto.integration.erp.exchange.Parsed;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;

/**
 * {@code stock.csv}, Mexal's stock per warehouse ({@code progressivi-articoli}):
 * {@code cod_articolo;id_magazzino;giacenza;qta_ord_for;qta_ord_imp;dt_mod_ult_doc}, optionally
 * followed by {@code dt_arrivo}, the date the goods on order are expected. The date of the last
 * document is the ERP's own bookkeeping and is not kept.
 */
public final class MexalStockCsv {

    public static final List<String> COLUMNS =
            List.of("cod_articolo", "id_magazzino", "giacenza", "qta_ord_for", "qta_ord_imp", "dt_mod_ult_doc");
    public static final List<String> OPTIONAL = List.of("dt_arrivo");

    private static final MexalCsvLayout<StockReport> LAYOUT = new MexalCsvLayout<>(
            COLUMNS,
            OPTIONAL,
            row -> row.field(0) + "@" + row.field(1),
            (row, width) -> new StockReport(
                    row.field(0),
                    row.field(1),
                    MexalValues.decimal(row.field(2), "giacenza"),
                    MexalValues.decimal(row.field(3), "qta_ord_for"),
                    MexalValues.decimal(row.field(4), "qta_ord_imp"),
                    width > COLUMNS.size() ? MexalValues.date(row.field(6), "dt_arrivo") : null));

    private MexalStockCsv() {}

    /** The file's stock reports, as they are read. */
    public static Iterator<Parsed<StockReport>> read(InputStream in) {
        return LAYOUT.read(in);
    }

    /**
     * A record of the WebAPI's {@code progressivi-articoli}: {@code cod_articolo}, {@code id_magazzino},
     * {@code qta_inventario} (on hand), {@code qta_ord_for}, {@code qta_ord_imp} and, when goods
     * are on order, {@code dt_arrivo}.
     */
    public static Parsed<StockReport> fromJson(JsonObject record) {
        String item = MexalValues.field(record, "cod_articolo").strip();
        String warehouse = MexalValues.field(record, "id_magazzino").strip();
        String key = item + "@" + warehouse;
        try {
            return Parsed.of(
                    null,
                    key,
                    record.toString(),
                    new StockReport(
                            item,
                            warehouse,
                            MexalValues.decimal(MexalValues.field(record, "qta_inventario"), "qta_inventario"),
                            MexalValues.decimal(MexalValues.field(record, "qta_ord_for"), "qta_ord_for"),
                            MexalValues.decimal(MexalValues.field(record, "qta_ord_imp"), "qta_ord_imp"),
                            MexalValues.date(MexalValues.field(record, "dt_arrivo"), "dt_arrivo")));
        } catch (MexalValues.BadValue bad) {
            return Parsed.unreadable(null, key, record.toString(), bad.problem());
        }
    }

    /** One line of the layout, without its header, as a dead letter keeps it. */
    public static Parsed<StockReport> line(String text) {
        return LAYOUT.line(text);
    }
}
