/**
 * Renewal runs (C9): what each run was asked to do, what became of every due contract, and
 * the revaluations (C6) it applied.
 */
package com.assisto.domain.renewal;
