package com.assisto.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.persistence.config.QueryHints;

/**
 * Page queries that stay translated to SQL. EclipseLink keeps a JPQL text parsed, but translates it
 * to SQL again whenever a query is given a maximum number of results, which is every time for a
 * page: about a tenth of a list request. A named query that carries its page size as a row limit of
 * its own (the JDBC max-rows hint, not {@code setMaxResults}, which makes every execution work on a
 * fresh copy) is translated at its first execution and kept so; the limit is a bound parameter.
 */
final class PageQueries {

    /** Beyond this many combinations a page query is built afresh: names are never forgotten. */
    private static final int MOST_REGISTERED = 500;

    private static final Set<String> REGISTERED = ConcurrentHashMap.newKeySet();

    private PageQueries() {}

    static <T> TypedQuery<T> create(EntityManager em, String jpql, Class<T> resultType, int maxResults) {
        String name = "page " + maxResults + " " + resultType.getName() + " " + jpql;
        if (!REGISTERED.contains(name)) {
            if (REGISTERED.size() >= MOST_REGISTERED) {
                return em.createQuery(jpql, resultType).setMaxResults(maxResults);
            }
            TypedQuery<T> query = em.createQuery(jpql, resultType).setHint(QueryHints.JDBC_MAX_ROWS, maxResults);
            em.getEntityManagerFactory().addNamedQuery(name, query);
            REGISTERED.add(name);
        }
        return em.createNamedQuery(name, resultType);
    }
}
