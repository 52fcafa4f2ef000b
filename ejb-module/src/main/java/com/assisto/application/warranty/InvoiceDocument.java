package com.assisto.application.warranty;

import java.time.LocalDate;
import java.util.List;

/** An ERP invoice as it arrives: number, date, customer code and the invoiced items with their serial numbers. */
public record InvoiceDocument(String number, LocalDate date, String customerCode, List<Line> lines) {

    /** One invoiced item; serial numbers as many as the quantity, or none for items without them. */
    public record Line(int lineNumber, String itemCode, int quantity, List<String> serialNumbers) {}
}
