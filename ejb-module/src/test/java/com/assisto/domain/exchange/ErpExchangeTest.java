package com.assisto.domain.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ErpExchangeTest {

    private static final Instant START = Instant.parse("2026-12-07T10:00:00Z");

    private static ErpExchange started() {
        return new ErpExchange(ErpFlow.STOCK, Transport.FILE, "stock.csv", START);
    }

    @Test
    void anExchangeWhoseRecordsAllWentThroughIsOk() {
        ErpExchange exchange = started();
        exchange.finish(new ExchangeCounts(5, 3, 2, 0, 0), START.plusSeconds(2));
        assertEquals(ExchangeOutcome.OK, exchange.getOutcome());
        assertEquals(START.plusSeconds(2), exchange.getEndedAt());
        assertEquals(Direction.INBOUND, exchange.getDirection());
    }

    @Test
    void rejectedRecordsMakeItPartialAndNothingAppliedMakesItFailed() {
        ErpExchange partial = started();
        partial.finish(new ExchangeCounts(5, 3, 0, 2, 0), START);
        assertEquals(ExchangeOutcome.PARTIAL, partial.getOutcome());

        ErpExchange failed = started();
        failed.finish(ExchangeCounts.rejected(4), START);
        assertEquals(ExchangeOutcome.FAILED, failed.getOutcome());
    }

    @Test
    void aFileSeenBeforeIsADuplicate() {
        ErpExchange exchange = started();
        exchange.finish(ExchangeCounts.duplicate(1), START);
        assertEquals(ExchangeOutcome.DUPLICATE, exchange.getOutcome());
    }

    @Test
    void aFailureKeepsWhatWasDoneAndTheReasonAndAnExchangeEndsOnce() {
        ErpExchange exchange = started();
        exchange.fail("database gone", ExchangeCounts.applied(1000), START);
        assertEquals(ExchangeOutcome.FAILED, exchange.getOutcome());
        assertEquals("database gone", exchange.getError());
        assertEquals(1000, exchange.counts().applied());
        assertThrows(IllegalStateException.class, () -> exchange.finish(ExchangeCounts.NONE, START));
    }

    @Test
    void countsAddUpAndCannotBeNegative() {
        ExchangeCounts sum =
                ExchangeCounts.applied(2).plus(ExchangeCounts.rejected(1)).plus(ExchangeCounts.unchanged(3));
        assertEquals(new ExchangeCounts(6, 2, 3, 1, 0), sum);
        assertThrows(IllegalArgumentException.class, () -> new ExchangeCounts(-1, 0, 0, 0, 0));
    }

    @Test
    void flowsAreNamedInSettingsAndOutboundOnesCarryTheirMessageType() {
        assertEquals("open-items", ErpFlow.OPEN_ITEMS.settingName());
        assertEquals(ErpFlow.OPEN_ITEMS, ErpFlow.bySettingName("open-items").orElseThrow());
        assertEquals("INSTALMENT", ErpFlow.INSTALMENTS.messageType().orElseThrow());
        assertEquals(
                ErpFlow.DELIVERY_NOTES, ErpFlow.byMessageType("DELIVERY_NOTE").orElseThrow());
        assertEquals(true, ErpFlow.STOCK.messageType().isEmpty());
    }
}
