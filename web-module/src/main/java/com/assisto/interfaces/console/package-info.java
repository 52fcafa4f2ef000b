/**
 * The staff console (SPEC P3): JSF view beans that call the application services, one package per
 * business area; this package holds what every page uses (messages, the session, the login).
 */
package com.assisto.interfaces.console;
