/**
 * Warranties from the ERP's invoices (W1): which invoice made which warranties, and how the
 * invoiced items are grouped into warranty contracts.
 */
package com.assisto.domain.warranty;
