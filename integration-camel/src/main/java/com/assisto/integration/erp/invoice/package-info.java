/** The invoices drop folder (W1): ERP invoice lines in CSV become equipment and warranty contracts. */
package com.assisto.integration.erp.invoice;
