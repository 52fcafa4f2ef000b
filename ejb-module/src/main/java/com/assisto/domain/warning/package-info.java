/**
 * Warnings before money is lost (C10, C11): the console inbox, and the record that each
 * warning went out once per contract, kind and threshold.
 */
package com.assisto.domain.warning;
