/** Technicians (SPEC M4): skills, hourly cost and sell rate, van stock. */
package com.assisto.domain.technician;
