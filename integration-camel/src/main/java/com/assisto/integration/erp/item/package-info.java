/** The item master from the ERP (X1, M2). */
package com.assisto.integration.erp.item;
