/**
 * Expiry warnings (C10) and administrative warnings (C11): who gets them, what the term's
 * summary holds, and their delivery to the console inbox and by e-mail.
 */
package com.assisto.application.warning;
