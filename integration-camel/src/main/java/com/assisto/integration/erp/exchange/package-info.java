/**
 * What every flow of the ERP exchange shares: files read line by line, records applied in batches
 * with the bad ones kept as dead letters, every exchange logged, files and messages taken once.
 */
package com.assisto.integration.erp.exchange;
