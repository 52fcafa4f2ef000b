/** Costs of the service that profitability (R1) weighs against revenue: supplier costs from the ERP. */
package com.assisto.domain.cost;
