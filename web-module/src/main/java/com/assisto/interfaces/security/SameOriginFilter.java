package com.assisto.interfaces.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Refuses a request that changes something when the browser says it comes from another site's
 * page. The console's login lives in a cookie, which a browser sends along with a form another
 * site makes it post; JSF's view state alone does not stop that once the page has been seen.
 * Browsers name the page's origin in {@code Origin} (else {@code Referer}) on every such post;
 * API clients and the ERP send neither, and sign each request with HTTP Basic anyway.
 */
@WebFilter(filterName = "SameOriginFilter", urlPatterns = "/*")
public class SameOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SameOriginFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (changesState(request.getMethod())
                && !SameOrigin.allows(
                        request.getHeader("Origin"), request.getHeader("Referer"), request.getHeader("Host"))) {
            LOG.warning(
                    () -> "Refused a " + request.getMethod() + " of " + request.getRequestURI() + " from the page of "
                            + SameOrigin.shown(request.getHeader("Origin"), request.getHeader("Referer")));
            // not sendError: the error page would be handed the foreign post and try to run it
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("Refused: this request comes from another site's page.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean changesState(String method) {
        return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
    }
}
