/** Value objects, identities and exceptions shared by every business area. */
package com.assisto.domain.shared;
