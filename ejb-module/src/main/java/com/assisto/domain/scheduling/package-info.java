/** The record of the days each nightly job ran for, so that a day's job runs once across a cluster. */
package com.assisto.domain.scheduling;
