/**
 * Service contracts (SPEC C1–C5, C12, C13): contract types with their custom-field schema,
 * quotes and contracts, covered lines priced from the customer's tariff, prorated mid-term
 * changes, the billing schedule and the document templates.
 */
package com.assisto.domain.contract;
