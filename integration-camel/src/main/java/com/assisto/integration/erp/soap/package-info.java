/** The client of an ERP that takes documents over SOAP (X3), on stubs made from its WSDL. */
package com.assisto.integration.erp.soap;
