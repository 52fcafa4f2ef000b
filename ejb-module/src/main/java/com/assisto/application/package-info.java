/**
 * Thin application services: transactions, the caller's data scope, logging of who did what.
 * Business rules stay in the domain classes they call. One package per business area
 * ({@code contract}, {@code customer}, {@code renewal} …); {@code shared} holds what every area uses
 * (the caller's scope, the audit trail, numbering, the ERP outbox).
 */
package com.assisto.application;
