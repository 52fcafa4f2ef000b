/** Warranties from the ERP's invoices (W1), whichever way the invoice arrives (REST or the drop folder). */
package com.assisto.application.warranty;
