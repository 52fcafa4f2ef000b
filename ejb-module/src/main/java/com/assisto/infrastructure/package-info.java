/** Technical services behind the domain: persistence, schema migrations, health checks. */
package com.assisto.infrastructure;
