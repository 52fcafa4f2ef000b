package com.assisto.interfaces.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Whether the page a browser names as a request's source is one of this server's own. */
final class SameOrigin {

    private SameOrigin() {}

    /**
     * True when neither header names a page (not a browser, or a same-origin browser that says
     * nothing), or when the one that does names a page served under the request's own host. The
     * host, not the scheme, is compared: behind a proxy that ends TLS the server sees plain HTTP.
     */
    static boolean allows(String origin, String referer, String host) {
        String page = origin != null ? origin : referer;
        if (page == null) {
            return true;
        }
        if (host == null || "null".equals(page)) {
            return false;
        }
        try {
            URI uri = new URI(page.trim());
            if (uri.getHost() == null) {
                return false;
            }
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ':' + uri.getPort();
            return authority
                    .toLowerCase(Locale.ROOT)
                    .equals(withoutDefaultPort(host.trim().toLowerCase(Locale.ROOT), uri));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A Host header carries no port for the scheme's default one, an Origin never carries it either. */
    private static String withoutDefaultPort(String host, URI page) {
        String defaultPort = "https".equalsIgnoreCase(page.getScheme()) ? ":443" : ":80";
        return host.endsWith(defaultPort) ? host.substring(0, host.length() - defaultPort.length()) : host;
    }

    /** The page named, for the log, cut short. */
    static String shown(String origin, String referer) {
        String page = origin != null ? origin : referer;
        return page == null ? "(none)" : page.length() > 120 ? page.substring(0, 120) + "…" : page;
    }
}
