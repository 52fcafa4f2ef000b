/** What managers read at a glance: figures computed from counts the queries bring, never stored. */
package com.assisto.domain.reporting;
