package com.assisto.integration.erp.mexal;

import com.assisto.domain.cost.SupplierCostReport;
import com.assisto.integration.erp.exchange.Parsed;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;

/**
 * Supplier invoice lines booked as costs of the service, one line a row: in
 * {@code supplier_costs*.csv}
 * {@code cod_fornitore;numero_documento;data_documento;riga;descrizione;importo;contratto;matricola}
 * (the contract's number, the equipment's serial number, or both); the same fields in JSON.
 */
public final class MexalSupplierCosts {

    public static final List<String> COLUMNS = List.of(
            "cod_fornitore",
            "numero_documento",
            "data_documento",
            "riga",
            "descrizione",
            "importo",
            "contratto",
            "matricola");

    private static final MexalCsvLayout<SupplierCostReport> LAYOUT = new MexalCsvLayout<>(
            COLUMNS,
            List.of(),
            row -> row.field(0).strip() + "/" + row.field(1).strip() + "/"
                    + row.field(2).strip() + "/" + row.field(3).strip(),
            (row, width) -> new SupplierCostReport(
                    row.field(0),
                    row.field(1),
                    MexalValues.date(row.field(2), "data_documento"),
                    MexalValues.whole(row.field(3), "riga", 1),
                    row.field(4),
                    MexalValues.decimal(row.field(5), "importo"),
                    row.field(6),
                    row.field(7)));

    private MexalSupplierCosts() {}

    public static Iterator<Parsed<SupplierCostReport>> read(InputStream in) {
        return LAYOUT.read(in);
    }

    /** One line of the layout, without its header, as a dead letter keeps it. */
    public static Parsed<SupplierCostReport> line(String text) {
        return LAYOUT.line(text);
    }

    public static Parsed<SupplierCostReport> fromJson(JsonObject record) {
        String payload = record.toString();
        try {
            SupplierCostReport report = new SupplierCostReport(
                    MexalValues.field(record, "cod_fornitore"),
                    MexalValues.field(record, "numero_documento"),
                    MexalValues.date(MexalValues.field(record, "data_documento"), "data_documento"),
                    MexalValues.whole(MexalValues.field(record, "riga"), "riga", 1),
                    MexalValues.field(record, "descrizione"),
                    MexalValues.decimal(MexalValues.field(record, "importo"), "importo"),
                    MexalValues.field(record, "contratto"),
                    MexalValues.field(record, "matricola"));
            return Parsed.of(null, report.key(), payload, report);
        } catch (MexalValues.BadValue bad) {
            return Parsed.unreadable(null, MexalValues.field(record, "numero_documento"), payload, bad.problem());
        }
    }
}
