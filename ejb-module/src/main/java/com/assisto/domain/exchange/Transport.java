package com.assisto.domain.exchange;

/**
 * How an exchange travelled (X3): a drop folder, the ERP's REST WebAPI (Assisto calling it, or
 * polling it), the ERP posting to Assisto's REST API, or SOAP the same three ways.
 */
public enum Transport {
    FILE,
    REST,
    REST_POLL,
    REST_PUSH,
    SOAP,
    SOAP_POLL,
    SOAP_PUSH
}
