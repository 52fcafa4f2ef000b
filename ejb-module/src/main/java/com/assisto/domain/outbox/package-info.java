/**
 * The outbox to the ERP: documents to invoice are written here in the same transaction that
 * creates them, and the integration routes deliver them, so nothing is lost or sent twice.
 */
package com.assisto.domain.outbox;
