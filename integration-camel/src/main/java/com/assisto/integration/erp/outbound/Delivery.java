package com.assisto.integration.erp.outbound;

/** What became of one outbox message handed to the ERP. */
enum Delivery {
    /** The ERP booked it now. */
    BOOKED,
    /** The ERP had booked it before (a resend after a lost answer) and said so. */
    ALREADY_BOOKED,
    /** The ERP was unreachable or failed even after the redeliveries: tried again later. */
    RETRY_LATER,
    /** The ERP refused it as wrong: a dead letter, not sent again by itself. */
    REFUSED,
    /** The ERP refused Assisto's credentials: the flow stops until a person resumes it. */
    UNAUTHORIZED,
    /** Not sent: the flow was stopped by an earlier refusal of the credentials. */
    NOT_SENT
}
