/**
 * Thin application services: transactions, the caller's data scope, logging of who did what.
 * Business rules stay in the domain classes they call.
 */
package com.assisto.application;
