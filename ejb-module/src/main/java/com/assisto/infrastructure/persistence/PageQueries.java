package com.assisto.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Page queries that stay translated to SQL. EclipseLink keeps a JPQL text parsed, but translates it
 * to SQL again whenever its maximum number of rows is set, which is every time for a page: about a
 * tenth of a list request. A named query registered together with its page size keeps its SQL
 * (the limit is a bound parameter), so each filter combination and page size is translated once.
 */
final class PageQueries {

    /** Beyond this many combinations a page query is built afresh: names are never forgotten. */
    private static final int MOST_REGISTERED = 500;

    private static final Set<String> REGISTERED = ConcurrentHashMap.newKeySet();

    private PageQueries() {
    }

    static <T> TypedQuery<T> create(EntityManager em, String jpql, Class<T> resultType, int maxResults) {
        String name = "page " + maxResults + " " + resultType.getName() + " " + jpql;
        if (!REGISTERED.contains(name)) {
            TypedQuery<T> query = em.createQuery(jpql, resultType).setMaxResults(maxResults);
            if (REGISTERED.size() >= MOST_REGISTERED) {
                return query;
            }
            em.getEntityManagerFactory().addNamedQuery(name, query);
            REGISTERED.add(name);
        }
        return em.createNamedQuery(name, resultType);
    }
}
