package com.assisto.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.assisto.domain.code.CodeKind;
import com.assisto.domain.contract.ContractStatus;
import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.Message;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The services' refusals read in both languages, including the parts the key check cannot see:
 * the names of code tables and contract states, and counts that choose their own wording.
 */
class ApplicationMessagesTest {

    @Test
    void aCodeTableIsNamedInTheReadersLanguage() {
        FieldError taken = new FieldError("code", "codeTable.exists", CodeKind.SERVICE_TYPOLOGY, "12");

        assertEquals("service typology 12 already exists", taken.message());
        assertEquals("12 esiste già (tipologia di servizio)", taken.problem().text(Locale.ITALIAN));
        assertEquals(
                "la tabella magazzino ha già 999 voci",
                Message.of("codeTable.full", CodeKind.WAREHOUSE, 999).text(Locale.ITALIAN));
    }

    @Test
    void aContractsStateIsNamedInTheReadersLanguage() {
        Message closed = Message.of("contract.filesClosed", "FS/2026/00001", ContractStatus.CANCELLED);

        assertEquals("contract FS/2026/00001 is cancelled; files can no longer be attached", closed.toString());
        assertEquals(
                "il contratto FS/2026/00001 è annullato: non si possono più allegare file",
                closed.text(Locale.ITALIAN));
    }

    @Test
    void customersOfATariffAreCountedInWords() {
        assertEquals(
                "tariff T1 is assigned to 1 customer",
                Message.of("tariff.inUse", "T1", 1L).toString());
        assertEquals(
                "tariff T1 is assigned to 1200 customers",
                Message.of("tariff.inUse", "T1", 1200L).toString());
        assertEquals(
                "la tariffa T1 è assegnata a 3 clienti",
                Message.of("tariff.inUse", "T1", 3L).text(Locale.ITALIAN));
    }

    @Test
    void aWarrantyInvoiceIsRefusedInItalian() {
        assertEquals(
                "3 matricole per una quantità di 4",
                new FieldError("lines[0].serialNumbers", "warranty.serialCount", 3, 4)
                        .problem()
                        .text(Locale.ITALIAN));
        assertEquals(
                "is required (at most 40 characters)",
                new FieldError("number", "warranty.invoiceNumber", 40).message());
    }
}
