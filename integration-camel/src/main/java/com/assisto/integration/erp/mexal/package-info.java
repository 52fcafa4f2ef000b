/**
 * The translator for Passepartout Mexal, the reference ERP (DOMAIN.md): its file-transfer CSV
 * layouts and its WebAPI's JSON, mapped to and from Assisto's records. Another ERP is another
 * package like this one; the routes stay as they are.
 */
package com.assisto.integration.erp.mexal;
