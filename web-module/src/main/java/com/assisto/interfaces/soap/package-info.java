/** SOAP services Assisto publishes for the ERP (X3): they translate SOAP into the exchange's records. */
package com.assisto.interfaces.soap;
