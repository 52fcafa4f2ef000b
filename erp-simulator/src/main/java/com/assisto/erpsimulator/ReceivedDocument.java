package com.assisto.erpsimulator;

import java.time.LocalDate;

/**
 * A document the simulated ERP booked, with the invoice it made of it at once.
 *
 * @param key the caller's idempotency key ({@code riferimento})
 * @param type the document type ({@code tipo}: RATA, BOLLA, INTERVENTO, SCARICO, ...)
 * @param customer the ERP customer code ({@code cod_cliente})
 * @param json the body as the WebAPI received it; for SOAP, the request rendered in the WebAPI's JSON shape
 * @param erpId the id the ERP gave the document
 * @param invoiceNumber the invoice number, such as {@code FT/2026/000001}
 * @param invoiceDate the invoice date, which is the document's date
 * @param timesPosted how many times the key was posted, the first booking included
 */
public record ReceivedDocument(
        String key,
        String type,
        String customer,
        String json,
        String erpId,
        String invoiceNumber,
        LocalDate invoiceDate,
        int timesPosted) {}
