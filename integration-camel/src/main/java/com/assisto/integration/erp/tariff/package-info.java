/** Price lists with dated prices from the ERP (X1, M3). */
package com.assisto.integration.erp.tariff;
