/**
 * The ERP exchange (SPEC X): one Camel context inside the application, one RouteBuilder per
 * flow. Routes translate ERP records into domain values and call the application services.
 */
package com.assisto.integration.erp;
