/** Code tables (SPEC M5): contract types, service typologies, intervention types, urgency classes, units. */
package com.assisto.domain.code;
