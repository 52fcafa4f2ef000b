/** Customer registry from the ERP (X1): the customers.csv drop folder. */
package com.assisto.integration.erp.customer;
