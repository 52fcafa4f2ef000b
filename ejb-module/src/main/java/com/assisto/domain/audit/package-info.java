/** The audit trail (SPEC P1): who changed what, and when, on the records that matter. */
package com.assisto.domain.audit;
