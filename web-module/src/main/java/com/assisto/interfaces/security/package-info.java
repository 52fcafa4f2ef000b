/** Login (SPEC P1): form login for the console, HTTP Basic for the API, users from the database. */
package com.assisto.interfaces.security;
