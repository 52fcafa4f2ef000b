/** The invoices the ERP made of the documents Assisto sent (C12, X1). */
package com.assisto.integration.erp.invoicing;
