/** The customers' instalments from the ERP, which give their credit status (X1, M1). */
package com.assisto.integration.erp.openitem;
