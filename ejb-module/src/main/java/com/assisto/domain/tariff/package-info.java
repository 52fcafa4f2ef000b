/** Tariffs (SPEC M3): price lists with a dated history of monthly maintenance base prices. */
package com.assisto.domain.tariff;
