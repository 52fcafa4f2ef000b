package com.assisto.integration.erp.mexal;

import com.assisto.domain.item.StockReport;
import com.assisto.domain.shared.Message;
import com.assisto.integration.erp.exchange.CsvFile;
import com.assisto.integration.erp.exchange.Parsed;
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

    private MexalStockCsv() {}

    /** The file's stock reports, as they are read. */
    public static Iterator<Parsed<StockReport>> read(InputStream in) {
        CsvFile file = new CsvFile(in, COLUMNS, OPTIONAL);
        int width = file.header().size();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return file.hasNext();
            }

            @Override
            public Parsed<StockReport> next() {
                return report(file.next(), width);
            }
        };
    }

    /** One line of the layout, without its header, as a dead letter keeps it. */
    public static Parsed<StockReport> line(String text) {
        String header = String.join(";", COLUMNS) + (text.split(";", -1).length > COLUMNS.size() ? ";dt_arrivo" : "");
        Iterator<Parsed<StockReport>> records = read(new java.io.ByteArrayInputStream(
                (header + "\n" + text).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        if (!records.hasNext()) {
            return Parsed.unreadable(null, null, text, Message.of("deadLetter.payload.required"));
        }
        Parsed<StockReport> read = records.next();
        return new Parsed<>(null, read.key(), read.payload(), read.record(), read.problem());
    }

    static Parsed<StockReport> report(CsvFile.Row row, int width) {
        long line = row.line();
        String key = row.readable() ? row.field(0) + "@" + row.field(1) : null;
        if (!row.readable()) {
            return Parsed.unreadable(line, null, row.text(), Message.of("exchange.notUtf8", row.problem()));
        }
        if (row.fields().size() != width) {
            return Parsed.unreadable(
                    line,
                    key,
                    row.text(),
                    Message.of("exchange.columns", row.fields().size(), width));
        }
        try {
            return Parsed.of(
                    line,
                    key,
                    row.text(),
                    new StockReport(
                            row.field(0),
                            row.field(1),
                            MexalValues.decimal(row.field(2), "giacenza"),
                            MexalValues.decimal(row.field(3), "qta_ord_for"),
                            MexalValues.decimal(row.field(4), "qta_ord_imp"),
                            width > COLUMNS.size() ? MexalValues.date(row.field(6), "dt_arrivo") : null));
        } catch (MexalValues.BadValue bad) {
            return Parsed.unreadable(line, key, row.text(), bad.problem());
        }
    }
}
