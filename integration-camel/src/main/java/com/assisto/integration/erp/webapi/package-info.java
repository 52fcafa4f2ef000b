/** The ERP's WebAPI polled for inbound flows (X3, REST polling). */
package com.assisto.integration.erp.webapi;
