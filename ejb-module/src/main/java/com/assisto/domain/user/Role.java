package com.assisto.domain.user;

/** The roles of SPEC P1; their names are the security roles the container checks. */
public enum Role {
    ADMIN,
    BACKOFFICE,
    TECHNICIAN,
    CUSTOMER,
    /** The company ERP's account: it only pushes records to the exchange's doors (X3), nothing else. */
    ERP
}
