package com.assisto.infrastructure.persistence;

import com.assisto.domain.user.AppUser;
import com.assisto.domain.user.Role;
import com.assisto.domain.user.UserRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** User accounts in JPA. */
@Dependent
public class JpaUserRepository implements UserRepository {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public Optional<AppUser> find(long id) {
        return Optional.ofNullable(em.find(AppUser.class, id));
    }

    @Override
    public Optional<AppUser> findByUsername(String username) {
        return em.createQuery("SELECT u FROM AppUser u WHERE u.username = :name", AppUser.class)
                .setParameter("name", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<AppUser> all() {
        return em.createQuery("SELECT u FROM AppUser u LEFT JOIN FETCH u.customer ORDER BY u.username", AppUser.class)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(u) FROM AppUser u", Long.class).getSingleResult();
    }

    @Override
    public void add(AppUser user) {
        em.persist(user);
    }

    @Override
    public List<AppUser> activeWith(Role role) {
        return em.createQuery(
                        "SELECT DISTINCT u FROM AppUser u JOIN u.roles r WHERE r = :role AND u.active = TRUE"
                                + " ORDER BY u.username",
                        AppUser.class)
                .setParameter("role", role)
                .getResultList();
    }
}
