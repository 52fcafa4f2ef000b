/** The staff console (SPEC P3): JSF view beans that call the application services. */
package com.assisto.interfaces.console;
