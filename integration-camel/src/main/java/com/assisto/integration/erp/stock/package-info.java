/** Stock per warehouse and goods on order from the ERP (X1). */
package com.assisto.integration.erp.stock;
