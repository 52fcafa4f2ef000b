/**
 * Renewal runs (C9): what follows a due contract and whether the index values its revaluation
 * needs are known (RenewalPlan, AnniversaryPlan, IndexReading), what each run was asked to do,
 * what became of every due contract, and the revaluations (C6) it applied. It sits above
 * {@code domain.contract}: nothing below imports it.
 */
package com.assisto.domain.renewal;
