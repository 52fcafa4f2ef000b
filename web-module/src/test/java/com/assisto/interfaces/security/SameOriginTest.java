package com.assisto.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SameOriginTest {

    @Test
    void aPostFromTheConsolesOwnPageIsAllowed() {
        assertTrue(SameOrigin.allows("http://localhost:8080", null, "localhost:8080"));
        assertTrue(SameOrigin.allows(null, "http://localhost:8080/assisto/contract.xhtml?id=4", "localhost:8080"));
        assertTrue(SameOrigin.allows("https://assisto.example.com", null, "assisto.example.com"));
        assertTrue(SameOrigin.allows("https://Assisto.Example.com", null, "assisto.example.com:443"));
    }

    @Test
    void aPostFromAnotherSitesPageIsRefused() {
        assertFalse(SameOrigin.allows("http://evil.example", null, "localhost:8080"));
        assertFalse(SameOrigin.allows("http://localhost:9999", null, "localhost:8080"));
        assertFalse(SameOrigin.allows(null, "http://evil.example/form.html", "localhost:8080"));
        assertFalse(
                SameOrigin.allows("http://evil.example", "http://localhost:8080/assisto/", "localhost:8080"),
                "Origin wins over a Referer it contradicts");
    }

    @Test
    void aPageWithoutAnOriginOrAnUnreadableOneIsRefused() {
        assertFalse(SameOrigin.allows("null", null, "localhost:8080"), "sandboxed frames and file pages send 'null'");
        assertFalse(SameOrigin.allows("not a url", null, "localhost:8080"));
        assertFalse(SameOrigin.allows("http://localhost:8080", null, null));
    }

    @Test
    void clientsThatNameNoPageAreNotBrowsersBeingTricked() {
        assertTrue(SameOrigin.allows(null, null, "localhost:8080"));
    }
}
