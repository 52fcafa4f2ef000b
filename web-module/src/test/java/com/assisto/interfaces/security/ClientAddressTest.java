package com.assisto.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private final ClientAddress behindBalancer = new ClientAddress("127.0.0.1, 10.0.0.5");

    @Test
    void aDirectRequestIsCountedByItsOwnAddressWhateverItsHeaderSays() {
        assertEquals("203.0.113.7", behindBalancer.of("203.0.113.7", "198.51.100.1"));
        assertEquals("203.0.113.7", new ClientAddress("").of("203.0.113.7", "198.51.100.1"));
        assertEquals("127.0.0.1", new ClientAddress(null).of("127.0.0.1", "198.51.100.1"));
    }

    @Test
    void throughATrustedProxyTheClientIsTheLastAddressNotAProxy() {
        assertEquals("198.51.100.1", behindBalancer.of("127.0.0.1", "198.51.100.1"));
        assertEquals("198.51.100.1", behindBalancer.of("127.0.0.1", "198.51.100.1, 10.0.0.5"));
    }

    @Test
    void addressesAClientWroteItselfAreIgnored() {
        // the client sent "X-Forwarded-For: 1.2.3.4"; the balancer appended the address it saw
        assertEquals("198.51.100.1", behindBalancer.of("127.0.0.1", "1.2.3.4, 198.51.100.1"));
    }

    @Test
    void aTrustedProxyWithoutTheHeaderIsItselfTheClient() {
        assertEquals("127.0.0.1", behindBalancer.of("127.0.0.1", null));
        assertEquals("127.0.0.1", behindBalancer.of("127.0.0.1", " "));
        assertEquals("127.0.0.1", behindBalancer.of("127.0.0.1", "10.0.0.5"));
    }
}
