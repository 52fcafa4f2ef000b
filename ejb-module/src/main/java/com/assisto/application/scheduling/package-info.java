/** Timers: they only decide when, and delegate to the services. Persistent, so they fire once per cluster. */
package com.assisto.application.scheduling;
