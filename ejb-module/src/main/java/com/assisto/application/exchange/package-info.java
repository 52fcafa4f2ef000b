/**
 * The ERP exchange's use cases: the exchange log and its dead letters (written in transactions
 * of their own, so they survive the failure they record), and the delivery state of the outbox.
 */
package com.assisto.application.exchange;
