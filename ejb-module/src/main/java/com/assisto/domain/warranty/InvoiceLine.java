package com.assisto.domain.warranty;

import com.assisto.domain.item.Item;
import java.util.List;

/** An invoiced item with its quantity and the serial numbers shipped (as many as the quantity, or none). */
public record InvoiceLine(int lineNumber, Item item, int quantity, List<String> serialNumbers) {

    public InvoiceLine {
        serialNumbers = List.copyOf(serialNumbers);
    }
}
