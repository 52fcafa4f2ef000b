/** Supplier costs from the ERP (X1, R1). */
package com.assisto.integration.erp.cost;
