package com.assisto.integration.erp.invoice;

import com.assisto.application.warranty.InvoiceDocument;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An invoice as read from the ERP's file, with the file line of each of its lines, so that an
 * intake error on {@code lines[2].serialNumbers[0]} can be named as the ERP sees it: {@code line
 * 7 (serials)}.
 */
record InvoiceRecord(InvoiceDocument document, List<Long> fileLines) {

    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)\\]\\.(\\w+).*");

    InvoiceRecord {
        fileLines = List.copyOf(fileLines);
    }

    /** Where an intake error's field stands in the file; the field itself when it is not a line's. */
    String fileField(String field) {
        Matcher position = LINE_FIELD.matcher(field);
        if (!position.matches() || Integer.parseInt(position.group(1)) >= fileLines.size()) {
            return field;
        }
        String column = switch (position.group(2)) {
            case "itemCode" -> "item";
            case "serialNumbers" -> "serials";
            default -> position.group(2);
        };
        return "line " + fileLines.get(Integer.parseInt(position.group(1))) + " (" + column + ")";
    }
}
