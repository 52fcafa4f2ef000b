/**
 * The ERP exchange (X): the flows between Assisto and the company ERP, the log of every exchange
 * with its counts, and the dead letters, records the ERP sent that could not be applied, kept with
 * their reason and original payload until corrected and replayed or discarded.
 */
package com.assisto.domain.exchange;
