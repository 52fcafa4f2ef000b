package com.assisto.domain.warranty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.assisto.domain.shared.FieldError;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The serial rules of an incoming invoice: once in the invoice, and not already registered for the item. */
class InvoiceSerialsTest {

    private static final List<InvoiceSerials.Registered> REGISTERED = List.of(
            new InvoiceSerials.Registered("LIFT", "L-1", 41, "WAR-2026-0007"),
            new InvoiceSerials.Registered("PRN", "P-9", 42, null));

    @Test
    void newSerialsPass() {
        assertEquals(
                List.of(),
                InvoiceSerials.check(
                        List.of(
                                new InvoiceSerials.Line("LIFT", List.of("L-2", "L-3")),
                                new InvoiceSerials.Line("FX", List.of())),
                        REGISTERED));
    }

    @Test
    void aSerialRegisteredForTheItemNamesTheEquipmentAndItsWarranty() {
        List<FieldError> errors = InvoiceSerials.check(
                List.of(
                        new InvoiceSerials.Line("FX", List.of()),
                        new InvoiceSerials.Line("LIFT", List.of("L-5", "L-1")),
                        new InvoiceSerials.Line("PRN", List.of("P-9"))),
                REGISTERED);

        assertEquals(
                List.of(
                        "lines[1].serialNumbers[1] serial L-1 of item LIFT is already registered (equipment 41,"
                                + " warranty WAR-2026-0007)",
                        "lines[2].serialNumbers[0] serial P-9 of item PRN is already registered (equipment 42, no"
                                + " warranty)"),
                described(errors));
        assertEquals(
                "la matricola L-1 dell'articolo LIFT è già registrata (apparecchiatura 41, garanzia WAR-2026-0007)",
                errors.get(0).problem().text(Locale.ITALIAN));
    }

    @Test
    void theSameSerialOnAnotherItemIsAnotherMachine() {
        assertEquals(
                List.of(), InvoiceSerials.check(List.of(new InvoiceSerials.Line("PRN", List.of("L-1"))), REGISTERED));
    }

    @Test
    void aSerialTwiceInOneInvoiceIsRefusedWhereItRepeats() {
        List<FieldError> errors = InvoiceSerials.check(
                List.of(
                        new InvoiceSerials.Line("LIFT", List.of("L-7", "L-8")),
                        new InvoiceSerials.Line("LIFT", List.of("L-8"))),
                REGISTERED);

        assertEquals(
                List.of("lines[1].serialNumbers[0] serial number L-8 appears twice in the invoice (also"
                        + " lines[0].serialNumbers[1])"),
                described(errors));
    }

    private static List<String> described(List<FieldError> errors) {
        return errors.stream().map(error -> FieldError.describe(List.of(error))).toList();
    }
}
