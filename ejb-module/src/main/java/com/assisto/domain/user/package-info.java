/** Users and roles (SPEC P1). */
package com.assisto.domain.user;
