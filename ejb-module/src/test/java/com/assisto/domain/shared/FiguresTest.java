package com.assisto.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FiguresTest {

    private static final Locale ITALIAN = Locale.ITALIAN;

    @Test
    void datesAndMonthsReadAsEachLanguageWritesThem() {
        assertEquals("2025-01-01", Figures.date(LocalDate.of(2025, 1, 1)).toString());
        assertEquals("01/01/2025", Figures.date(LocalDate.of(2025, 1, 1)).text(ITALIAN));
        assertEquals("2024-10", Figures.month(YearMonth.of(2024, 10)).toString());
        assertEquals("10/2024", Figures.month(YearMonth.of(2024, 10)).text(ITALIAN));
        assertNull(Figures.date(null));
    }

    @Test
    void aFigureKeepsItsDecimalsAndAVariationItsSign() {
        assertEquals("113.200", Figures.decimal(new BigDecimal("113.200")).toString());
        assertEquals("113,200", Figures.decimal(new BigDecimal("113.200")).text(ITALIAN));
        assertEquals("1000", Figures.decimal(new BigDecimal("1E+3")).toString());
        assertEquals("+0.825", Figures.signed(new BigDecimal("0.825")).toString());
        assertEquals("-0,7", Figures.signed(new BigDecimal("-0.7")).text(ITALIAN));
        assertEquals("+0", Figures.signed(BigDecimal.ZERO).toString());
        assertEquals(
                "+1.0188265000001",
                Figures.signed(new BigDecimal("1.0188265000001")).text(ITALIAN));
    }

    @Test
    void aMessageTooLongForItsColumnIsKeptAsItsEnglishText() {
        Message message = Message.of("notFound", Message.of("entity.Contract"), "FS/2025/00001");

        assertEquals(message.encode(), StoredMessage.of(message, 200));
        assertEquals("Contract FS/2025/00001 does not exist", StoredMessage.of(message, 40));
        assertEquals("Contract FS/2025/00…", StoredMessage.of(message, 20));
        assertEquals("Contract FS/2025/00001 does not exist", StoredMessage.english(StoredMessage.of(message, 200)));
        assertNull(StoredMessage.of(null, 20));
    }
}
