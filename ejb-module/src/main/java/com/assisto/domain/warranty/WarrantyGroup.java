package com.assisto.domain.warranty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The invoiced lines that share a warranty contract: same warranty duration, urgency class
 * and convertibility into maintenance, so the contract has one end, one response class and
 * one fate at renewal (W1, W2).
 */
public record WarrantyGroup(int months, String urgency, boolean convertible, List<InvoiceLine> lines) {

    /** Groups the invoice's lines that carry a warranty, in order of first appearance. */
    public static List<WarrantyGroup> of(List<InvoiceLine> invoiceLines) {
        Map<List<Object>, List<InvoiceLine>> groups = new LinkedHashMap<>();
        for (InvoiceLine line : invoiceLines) {
            if (!line.item().hasWarranty()) {
                continue;
            }
            List<Object> key = Arrays.asList(
                    line.item().getWarrantyMonths(),
                    line.item().getWarrantyUrgency(),
                    line.item().isWarrantyConvertible());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
        }
        return groups.entrySet().stream()
                .map(entry -> new WarrantyGroup(
                        (Integer) entry.getKey().get(0),
                        (String) entry.getKey().get(1),
                        (Boolean) entry.getKey().get(2),
                        List.copyOf(entry.getValue())))
                .toList();
    }
}
