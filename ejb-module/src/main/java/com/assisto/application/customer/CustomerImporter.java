package com.assisto.application.customer;

import com.assisto.domain.customer.CustomerImport;
import com.assisto.domain.shared.ImportReport;
import jakarta.ejb.Local;
import java.util.List;

/** What the ERP routes call to import customer registry rows. */
@Local
public interface CustomerImporter {

    /** Imports the rows of one source (a file name, a message id), keeping the good ones. */
    ImportReport importRows(String source, List<CustomerImport.Row> rows);
}
