/**
 * Price indices (C6): published monthly series such as ISTAT FOI, US CPI-U or Syntec, with
 * their bases and linking coefficients, and the arithmetic of an index-linked price change.
 */
package com.assisto.domain.index;
