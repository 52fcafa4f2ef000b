/**
 * Delivery of the outbox to the ERP (X2): one mechanism for every outbound flow (instalments and
 * delivery notes to invoice today; validated interventions and stock unloads add only a flow and a
 * mapping), over a drop folder or the ERP's WebAPI, at least once, with an idempotency key.
 */
package com.assisto.integration.erp.outbound;
