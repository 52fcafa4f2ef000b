package com.assisto.domain.exchange;

import com.assisto.domain.shared.Message;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ERP's report of the invoice it made of a document Assisto sent it (C12, X1): the
 * document's reference (an instalment's {@code contract#sequence}, a delivery note's number), the
 * ERP's own document id, and the invoice's number and date.
 */
public record InvoicingResult(String reference, String erpDocument, String invoiceNumber, LocalDate invoiceDate) {

    static final int NUMBER_LENGTH = 40;

    /** What is wrong with the report, each problem naming its field; empty when it can be applied. */
    public Optional<Message> problem() {
        List<Message> problems = new ArrayList<>();
        if (reference == null || reference.isBlank()) {
            problems.add(Message.of("import.fieldError", "riferimento", Message.of("value.required")));
        }
        if (invoiceNumber == null || invoiceNumber.isBlank()) {
            problems.add(Message.of("import.fieldError", "numero_fattura", Message.of("value.required")));
        } else if (invoiceNumber.length() > NUMBER_LENGTH) {
            problems.add(Message.of("import.fieldError", "numero_fattura", Message.of("value.tooLong", NUMBER_LENGTH)));
        }
        if (invoiceDate == null) {
            problems.add(Message.of("import.fieldError", "data_fattura", Message.of("value.required")));
        }
        return problems.stream().reduce((first, next) -> Message.of("import.fieldErrors", first, next));
    }

    /** The instalment's contract number and sequence when the reference is an instalment's; empty otherwise. */
    public Optional<InstalmentReference> instalment() {
        int hash = reference.lastIndexOf('#');
        if (hash <= 0 || hash == reference.length() - 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(new InstalmentReference(
                    reference.substring(0, hash), Integer.parseInt(reference.substring(hash + 1))));
        } catch (NumberFormatException notAnInstalment) {
            return Optional.empty();
        }
    }

    /** An instalment as a reference names it. */
    public record InstalmentReference(String contractNumber, int sequence) {}
}
