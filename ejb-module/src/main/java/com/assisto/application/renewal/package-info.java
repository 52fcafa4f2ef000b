/**
 * Renewal runs (C9) with index revaluation (C6) and warranty conversion (W2): chunks of due
 * contracts, each chunk in a transaction of its own, so a run over any number of contracts
 * neither times out nor loses or repeats work when the server stops half-way.
 */
package com.assisto.application.renewal;
