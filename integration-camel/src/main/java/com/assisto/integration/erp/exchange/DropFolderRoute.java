package com.assisto.integration.erp.exchange;

import com.assisto.application.exchange.ExchangeJournal;
import com.assisto.domain.exchange.ErpFlow;
import com.assisto.domain.exchange.ExchangeCounts;
import com.assisto.domain.exchange.Transport;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Iterator;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * A flow's drop folder (X3, files): {@code {{erp.<flow>.inbox}}}. A file is taken by one server
 * only (a read lock in the application database, which a crashed server's locks outlive only
 * for a while), taken once (its content hash is remembered: the same file dropped again is
 * logged as a duplicate and changes nothing), read as a stream of records applied in batches,
 * the bad ones kept as dead letters, and moved to {@code done/} with a report beside it. A file
 * that cannot be read at all (wrong header) goes to {@code failed/} with the reason.
 *
 * @param <R> the record the flow's translator makes of a line
 */
public class DropFolderRoute<R> extends RouteBuilder {

    /** The bean name of the read-lock repository in Camel's registry. */
    public static final String FILE_LOCKS = "erpFileLocks";
    /** The bean name of the repository of files and messages already received. */
    public static final String RECEIVED = "erpReceived";

    static final String ARCHIVE_NAME = "AssistoArchiveName";
    static final String CONTENT_KEY = "AssistoContentKey";
    private static final int BATCH = 1000;

    private final InboundRun run;
    private final ExchangeJournal journal;
    private final InboundFlow<R> inbound;

    public DropFolderRoute(InboundRun run, ExchangeJournal journal, InboundFlow<R> inbound) {
        this.run = run;
        this.journal = journal;
        this.inbound = inbound;
    }

    private ErpFlow flow() {
        return inbound.flow();
    }

    public String routeId() {
        return "erp-" + flow().settingName() + "-file";
    }

    @Override
    public void configure() {
        String inbox = "{{erp." + flow().settingName() + ".inbox}}";
        onException(Exception.class)
                .handled(false)
                .logStackTrace(false)
                .process(exchange -> exchange.getIn().setBody(failureReport(exchange)))
                .to("file:" + inbox + "/failed?fileName=${header." + ARCHIVE_NAME + "}.report.txt");

        from("file:" + inbox
                        + "?include=RAW{(?i)(" + inbound.fileNames() + ")\\.(csv|xml)}"
                        + "&readLock=idempotent-changed&readLockMinAge=500"
                        + "&idempotent=false&idempotentRepository=#" + FILE_LOCKS
                        + "&readLockRemoveOnCommit=true&readLockRemoveOnRollback=true"
                        + "&move=done/${header." + ARCHIVE_NAME + "}"
                        + "&moveFailed=failed/${header." + ARCHIVE_NAME + "}")
                .routeId(routeId())
                .setHeader(ARCHIVE_NAME, simple("${date:now:yyyyMMdd-HHmmss-SSS}-${file:onlyname}"))
                .process(this::contentKey)
                .idempotentConsumer(header(CONTENT_KEY))
                .idempotentRepository(RECEIVED)
                // the key is kept once the content is taken, not before: a server killed while
                // reading leaves the file to another, which must not find it "already received"
                .eager(false)
                .skipDuplicate(false)
                .choice()
                .when(exchangeProperty(Exchange.DUPLICATE_MESSAGE).isEqualTo(true))
                .process(this::duplicate)
                .otherwise()
                .process(this::importFile)
                .end()
                .end()
                .to("file:" + inbox + "/done?fileName=${header." + ARCHIVE_NAME + "}.report.txt")
                .log("${file:onlyname}: ${header.AssistoSummary}");
    }

    /** The flow and the SHA-256 of the file's bytes: the same content is the same file, whatever its name. */
    private void contentKey(Exchange exchange) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        File file = exchange.getIn().getBody(File.class);
        try (InputStream in = new DigestInputStream(Files.newInputStream(file.toPath()), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        exchange.getIn()
                .setHeader(
                        CONTENT_KEY, flow().settingName() + ":" + HexFormat.of().formatHex(digest.digest()));
    }

    private void duplicate(Exchange exchange) {
        String name = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        long id = journal.duplicate(flow(), Transport.FILE, name);
        String summary = "already received (same content), nothing done; exchange " + id;
        exchange.getIn().setHeader("AssistoSummary", summary);
        exchange.getIn().setBody(reportHeader(name) + summary + '\n');
    }

    private void importFile(Exchange exchange) throws IOException {
        String name = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        File file = exchange.getIn().getBody(File.class);
        InboundRun.Result result;
        try (InputStream in = Files.newInputStream(file.toPath())) {
            Iterator<Parsed<R>> records =
                    name.toLowerCase(java.util.Locale.ROOT).endsWith(".xml")
                            ? XmlRecords.read(in, inbound)
                            : inbound.fromFile(in);
            result = run.run(flow(), Transport.FILE, name, records, inbound::apply, BATCH);
        }
        String summary = summary(result.counts()) + "; exchange " + result.exchangeId();
        exchange.getIn().setHeader("AssistoSummary", summary);
        exchange.getIn()
                .setBody(reportHeader(name)
                        + summary
                        + (result.counts().rejected() > 0
                                ? "\nThe rejected lines, each with its reason, are in the console's ERP exchange as dead letters.\n"
                                : "\n"));
    }

    static String summary(ExchangeCounts counts) {
        return counts.received() + " received, " + counts.applied() + " applied, " + counts.unchanged() + " unchanged, "
                + counts.rejected() + " rejected";
    }

    private String reportHeader(String fileName) {
        return flow().settingName() + " import of " + fileName + " at "
                + LocalDateTime.now().withNano(0) + '\n';
    }

    private String failureReport(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String why = cause instanceof IllegalArgumentException
                ? "FAILED, the file was refused and nothing was imported: " + cause.getMessage()
                : "FAILED, the import stopped: " + (cause == null ? "unknown error" : cause.getMessage())
                        + "\nBatches applied before the failure stay applied; drop the file again to complete it.";
        return reportHeader(exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class)) + why + '\n';
    }
}
