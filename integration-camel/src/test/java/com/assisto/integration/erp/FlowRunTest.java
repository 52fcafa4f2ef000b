package com.assisto.integration.erp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.domain.exchange.ErpFlow;
import com.assisto.integration.erp.exchange.DropFolderRoute;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A flow's run holds its key in the lock repository while it goes on, and frees it however it ends. */
class FlowRunTest {

    private static final String URI = "direct:deliver";

    private final List<Boolean> nestedRuns = new ArrayList<>();
    private CamelContext camel;
    private boolean failing;

    @BeforeEach
    void start() throws Exception {
        camel = new DefaultCamelContext();
        camel.getRegistry().bind(DropFolderRoute.FILE_LOCKS, MemoryIdempotentRepository.memoryIdempotentRepository());
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(URI).process(exchange -> {
                    // a second run of the same flow while this one goes on, as a user's "run now" would be
                    nestedRuns.add(new FlowRun(camel).alone(ErpFlow.INSTALMENTS, URI));
                    if (failing) {
                        throw new IllegalStateException("the ERP is down");
                    }
                });
            }
        });
        camel.start();
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    @Test
    void aSecondRunOfTheSameFlowIsRefusedWhileTheFirstGoesOnAndAllowedAfter() {
        assertTrue(new FlowRun(camel).alone(ErpFlow.INSTALMENTS, URI));
        assertEquals(List.of(false), nestedRuns, "refused while the first run held the key");

        assertTrue(new FlowRun(camel).alone(ErpFlow.INSTALMENTS, URI), "the key was freed at the end");
        assertEquals(List.of(false, false), nestedRuns);
    }

    @Test
    void theKeyIsFreedWhenTheRunFails() {
        failing = true;
        assertThrows(RuntimeException.class, () -> new FlowRun(camel).alone(ErpFlow.INSTALMENTS, URI));
        failing = false;
        assertTrue(new FlowRun(camel).alone(ErpFlow.INSTALMENTS, URI));
    }

    @Test
    void eachFlowHasItsOwnKey() {
        assertTrue(camel.getRegistry()
                .lookupByNameAndType(DropFolderRoute.FILE_LOCKS, MemoryIdempotentRepository.class)
                .add("run:" + ErpFlow.DELIVERY_NOTES.settingName()));
        assertTrue(new FlowRun(camel).alone(ErpFlow.INSTALMENTS, URI));
        assertFalse(new FlowRun(camel).alone(ErpFlow.DELIVERY_NOTES, URI), "delivery notes are running elsewhere");
    }
}
