/** Items (SPEC M2): the ERP's articles with their warranty terms and stock. */
package com.assisto.domain.item;
