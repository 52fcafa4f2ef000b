package com.assisto.domain.customer;

import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The ERP's report of one instalment of an invoice to a customer (X1, M1: the schedule of
 * receivables): the invoice's date, series and number, the instalment's number, due date, amount
 * and payment state. The same instalment is reported again whenever it changes (paid, returned).
 */
public record OpenItemReport(
        String customerCode,
        LocalDate documentDate,
        String series,
        String number,
        int instalment,
        LocalDate dueDate,
        BigDecimal amount,
        PaymentState state) {

    static final int SERIES_LENGTH = 10;
    static final int NUMBER_LENGTH = 20;

    public OpenItemReport {
        series = series == null ? "" : series.strip();
        amount = amount == null ? null : Money.of(amount);
    }

    /** The instalment's key at the ERP: customer, invoice date, series, number and instalment. */
    public String key() {
        return customerCode + "/" + documentDate + "/" + series + "/" + number + "/" + instalment;
    }

    /** What is wrong with the report, each problem naming its field; empty when it can be applied. */
    public Optional<Message> problem() {
        List<Message> problems = new ArrayList<>();
        required(problems, "codice", customerCode == null || customerCode.isBlank());
        required(problems, "data_documento", documentDate == null);
        required(problems, "numero", number == null || number.isBlank());
        required(problems, "dt_scadenza", dueDate == null);
        required(problems, "importo", amount == null);
        required(problems, "stato_pagamento", state == null);
        if (series.length() > SERIES_LENGTH) {
            problems.add(Message.of("import.fieldError", "serie", Message.of("value.tooLong", SERIES_LENGTH)));
        }
        if (number != null && number.length() > NUMBER_LENGTH) {
            problems.add(Message.of("import.fieldError", "numero", Message.of("value.tooLong", NUMBER_LENGTH)));
        }
        if (instalment < 1) {
            problems.add(Message.of("import.fieldError", "rata", Message.of("openItem.instalmentFromOne")));
        }
        return problems.stream().reduce((first, next) -> Message.of("import.fieldErrors", first, next));
    }

    private static void required(List<Message> problems, String column, boolean missing) {
        if (missing) {
            problems.add(Message.of("import.fieldError", column, Message.of("value.required")));
        }
    }

    /** True when the stored instalment already says what this report says. */
    public boolean sameAs(OpenItem stored) {
        return stored.getDueDate().equals(dueDate)
                && stored.getAmount().compareTo(amount) == 0
                && stored.getState() == state
                && Objects.equals(stored.getSeries(), series);
    }
}
