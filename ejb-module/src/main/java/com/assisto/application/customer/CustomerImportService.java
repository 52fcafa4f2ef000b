package com.assisto.application.customer;

import com.assisto.domain.customer.CustomerImport;
import com.assisto.domain.customer.CustomerRepository;
import com.assisto.domain.shared.ImportReport;
import jakarta.annotation.Resource;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Runs {@link CustomerImport} in chunks, each in its own transaction, so that a large file
 * neither holds one giant transaction nor loses the chunks already stored.
 */
@Stateless
@LocalBean
public class CustomerImportService implements CustomerImporter {

    private static final Logger LOG = Logger.getLogger(CustomerImportService.class.getName());
    private static final int CHUNK = 500;

    @Inject
    private CustomerRepository customers;

    @Resource
    private SessionContext context;

    @Inject
    private MetricRegistry metrics;

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportReport importRows(String source, List<CustomerImport.Row> rows) {
        ImportReport report = new ImportReport();
        CustomerImportService self = context.getBusinessObject(CustomerImportService.class);
        Set<String> seenCodes = new HashSet<>();
        for (int start = 0; start < rows.size(); start += CHUNK) {
            List<CustomerImport.Row> chunk = rows.subList(start, Math.min(rows.size(), start + CHUNK));
            report.merge(self.importChunk(chunk, seenCodes));
        }
        LOG.info(() -> "Customer import " + source + ": " + report.summary());
        count("inserted", report.getInserted());
        count("updated", report.getUpdated());
        count("unchanged", report.getUnchanged());
        count("rejected", report.getRejected().size());
        return report;
    }

    private void count(String outcome, long rows) {
        metrics.counter("assisto.customer.import.rows", new Tag("outcome", outcome))
                .inc(rows);
    }

    /** Imports one chunk; codes already seen in earlier chunks of the same file are rejected as repeats. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ImportReport importChunk(List<CustomerImport.Row> rows, Set<String> seenCodes) {
        CustomerImport customerImport = new CustomerImport(customers, seenCodes);
        return customerImport.importRows(rows);
    }
}
