/**
 * The JSON API under /assisto/api (SPEC P2): resources translate between JSON and the
 * application services; errors leave as RFC 9457 problem details. One package per business area;
 * this package holds what every resource uses (paging, parameters, role checks, problem details).
 */
package com.assisto.interfaces.rest;
