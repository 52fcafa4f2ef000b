package com.assisto.integration.erp.customer;

import com.assisto.application.customer.CustomerImporter;
import com.assisto.domain.shared.ImportReport;
import com.assisto.integration.erp.StrictUtf8;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.io.StringReader;
import java.time.LocalDateTime;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * The customers.csv drop folder. Each file is imported row by row (good rows kept, bad rows
 * reported with line and reason), then moved to {@code done/} with a report beside it; a file
 * that cannot be read at all goes to {@code failed/} with the reason. Re-dropping a file that
 * was already imported finds every row unchanged and changes nothing.
 */
@Dependent
public class CustomerImportRoute extends RouteBuilder {

    static final String ROUTE_ID = "erp-customers-import";
    static final String ARCHIVE_NAME = "AssistoArchiveName";

    private final CustomerImporter importer;

    @Inject
    public CustomerImportRoute(CustomerImporter importer) {
        this.importer = importer;
    }

    @Override
    public void configure() {
        onException(Exception.class)
                .handled(false)
                .logStackTrace(false)
                .process(exchange -> exchange.getIn().setBody(failureReport(exchange)))
                .to("file:{{erp.customers.inbox}}/failed?fileName=${header." + ARCHIVE_NAME + "}.report.txt");

        from("file:{{erp.customers.inbox}}"
                        + "?include=(?i)customers.*\\.csv"
                        + "&readLock=changed&readLockMinAge=500"
                        + "&move=done/${header." + ARCHIVE_NAME + "}"
                        + "&moveFailed=failed/${header." + ARCHIVE_NAME + "}")
                .routeId(ROUTE_ID)
                .setHeader(ARCHIVE_NAME, simple("${date:now:yyyyMMdd-HHmmss-SSS}-${file:onlyname}"))
                .log("Importing customers from ${file:onlyname}")
                .process(this::importFile)
                .to("file:{{erp.customers.inbox}}/done?fileName=${header." + ARCHIVE_NAME + "}.report.txt")
                .log("Customers from ${file:onlyname} imported: ${header.AssistoImportSummary}");
    }

    private void importFile(Exchange exchange) throws java.io.IOException {
        String fileName = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        StrictUtf8.Decoded decoded;
        try (InputStream in = exchange.getIn().getBody(InputStream.class)) {
            decoded = StrictUtf8.decode(in);
        }
        if (!decoded.badLines().isEmpty() && decoded.badLines().get(0).line() == 1) {
            throw new InvalidCustomerFileException(
                    "line 1: the header " + decoded.badLines().get(0).reason());
        }
        CustomerCsv.Parsed parsed = CustomerCsv.parse(new StringReader(decoded.text()));
        ImportReport report = importer.importRows(fileName, parsed.rows());
        parsed.malformed().forEach(bad -> report.reject(bad.line(), bad.reason()));
        decoded.badLines().forEach(bad -> report.reject(bad.line(), bad.reason()));
        exchange.getIn().setHeader("AssistoImportSummary", report.summary());
        exchange.getIn().setBody(reportText(fileName, report));
    }

    static String reportText(String fileName, ImportReport report) {
        StringBuilder text = new StringBuilder()
                .append("Customer import of ")
                .append(fileName)
                .append(" at ")
                .append(LocalDateTime.now().withNano(0))
                .append('\n')
                .append(report.summary())
                .append('\n');
        report.getRejected()
                .forEach(row -> text.append("line ")
                        .append(row.line())
                        .append(": ")
                        .append(row.reason())
                        .append('\n'));
        return text.toString();
    }

    private static String failureReport(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String outcome = cause instanceof InvalidCustomerFileException
                ? "FAILED, the file was refused and nothing was imported: " + cause.getMessage()
                : "FAILED, the import stopped: " + (cause == null ? "unknown error" : cause.getMessage())
                        + "\nRows stored before the failure stay stored; drop the file again to complete it.";
        return "Customer import of " + exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class) + " at "
                + LocalDateTime.now().withNano(0) + "\n" + outcome + '\n';
    }
}
