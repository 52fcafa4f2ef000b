package com.assisto.integration.erp.invoice;

import com.assisto.application.warranty.IntakeResult;
import com.assisto.application.warranty.InvoiceDocument;
import com.assisto.application.warranty.WarrantyIntake;
import com.assisto.domain.shared.ValidationException;
import com.assisto.integration.erp.StrictUtf8;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * The invoices drop folder (W1). Each invoice in a file is received on its own, all or
 * nothing: a bad invoice is reported with every reason and creates nothing, the others go
 * through. An invoice received before (the same file dropped again) creates nothing new.
 * The file then moves to {@code done/} with a report beside it; one that cannot be read at all
 * goes to {@code failed/} with the reason.
 */
@Dependent
public class InvoiceImportRoute extends RouteBuilder {

    static final String ROUTE_ID = "erp-invoices-import";
    private static final String ARCHIVE_NAME = "AssistoArchiveName";

    private final WarrantyIntake intake;

    @Inject
    public InvoiceImportRoute(WarrantyIntake intake) {
        this.intake = intake;
    }

    @Override
    public void configure() {
        onException(Exception.class)
                .handled(false)
                .logStackTrace(false)
                .process(exchange -> exchange.getIn()
                        .setBody("Invoice import of "
                                + exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class) + " at "
                                + LocalDateTime.now().withNano(0) + "\nFAILED, the file was not read: "
                                + exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class)
                                        .getMessage() + '\n'))
                .to("file:{{erp.invoices.inbox}}/failed?fileName=${header." + ARCHIVE_NAME + "}.report.txt");

        from("file:{{erp.invoices.inbox}}"
                        + "?include=(?i)invoice.*\\.csv"
                        + "&readLock=changed&readLockMinAge=500"
                        + "&move=done/${header." + ARCHIVE_NAME + "}"
                        + "&moveFailed=failed/${header." + ARCHIVE_NAME + "}")
                .routeId(ROUTE_ID)
                .setHeader(ARCHIVE_NAME, simple("${date:now:yyyyMMdd-HHmmss-SSS}-${file:onlyname}"))
                .log("Receiving invoices from ${file:onlyname}")
                .process(this::receive)
                .to("file:{{erp.invoices.inbox}}/done?fileName=${header." + ARCHIVE_NAME + "}.report.txt")
                .log("Invoices from ${file:onlyname} received");
    }

    private void receive(Exchange exchange) throws java.io.IOException {
        String fileName = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        InvoiceCsv.Parsed parsed;
        try (InputStream in = exchange.getIn().getBody(InputStream.class)) {
            parsed = InvoiceCsv.parse(StrictUtf8.decode(in));
        }
        StringBuilder report = new StringBuilder("Invoice import of ")
                .append(fileName)
                .append(" at ")
                .append(LocalDateTime.now().withNano(0))
                .append('\n');
        for (InvoiceDocument invoice : parsed.invoices()) {
            List<String> malformed = parsed.malformed().get(invoice.number());
            if (malformed != null) {
                report.append("invoice ").append(invoice.number()).append(": REJECTED, nothing created\n");
                malformed.forEach(reason -> report.append("  ").append(reason).append('\n'));
                continue;
            }
            try {
                IntakeResult result = intake.receive(invoice, "FILE " + fileName);
                report.append("invoice ")
                        .append(invoice.number())
                        .append(result.alreadyReceived() ? ": already received, nothing new created (" : ": ")
                        .append(result.equipmentCreated())
                        .append(" equipment, warranties ")
                        .append(result.warrantyNumbers())
                        .append(result.alreadyReceived() ? ")" : "")
                        .append('\n');
            } catch (EJBException | ValidationException refused) {
                Throwable cause =
                        refused instanceof EJBException && refused.getCause() != null ? refused.getCause() : refused;
                report.append("invoice ").append(invoice.number()).append(": REJECTED, nothing created\n");
                if (cause instanceof ValidationException invalid) {
                    invalid.getErrors()
                            .forEach(error -> report.append("  ")
                                    .append(parsed.fileField(invoice.number(), error.field()))
                                    .append(": ")
                                    .append(error.message())
                                    .append('\n'));
                } else {
                    report.append("  ").append(cause.getMessage()).append('\n');
                }
            }
        }
        parsed.malformed().keySet().stream()
                .filter(number -> parsed.invoices().stream()
                        .noneMatch(invoice -> invoice.number().equals(number)))
                .forEach(number -> {
                    report.append("invoice ").append(number).append(": REJECTED, nothing created\n");
                    parsed.malformed()
                            .get(number)
                            .forEach(
                                    reason -> report.append("  ").append(reason).append('\n'));
                });
        exchange.getIn().setBody(report.toString());
    }
}
