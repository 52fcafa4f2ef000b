/** Customers (SPEC M1): the ERP's accounts with their service sites, contacts and credit status. */
package com.assisto.domain.customer;
