package com.assisto.interfaces.security;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request comes from, as login throttling counts it. Behind a load balancer every
 * request reaches the server from the balancer's address, which would make all users share one
 * failure count; the balancer names the client in {@code X-Forwarded-For}. That header is believed
 * only when the request comes from a trusted proxy ({@code assisto.trusted-proxies}), and only
 * its last address not itself a trusted proxy is taken: anything further left was written by the
 * client and could be anything.
 */
public final class ClientAddress {

    private final Set<String> trustedProxies;

    public ClientAddress(String trustedProxies) {
        this.trustedProxies = trustedProxies == null
                ? Set.of()
                : Arrays.stream(trustedProxies.split(","))
                        .map(String::strip)
                        .filter(address -> !address.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
    }

    /** The client's address, given the peer's address and the X-Forwarded-For header (or null). */
    public String of(String peer, String forwardedFor) {
        if (!trustedProxies.contains(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(","))
                .map(String::strip)
                .filter(address -> !address.isEmpty())
                .toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trustedProxies.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return peer;
    }
}
