/**
 * The JSON API under /assisto/api (SPEC P2): resources translate between JSON and the
 * application services; errors leave as RFC 9457 problem details.
 */
package com.assisto.interfaces.rest;
