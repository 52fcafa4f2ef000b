package com.assisto.infrastructure.persistence;

import com.assisto.domain.technician.Technician;
import com.assisto.domain.technician.TechnicianRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Technicians in JPA. */
@Dependent
public class JpaTechnicianRepository implements TechnicianRepository {

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Override
    public List<Technician> all() {
        return em.createQuery("SELECT t FROM Technician t ORDER BY t.code", Technician.class)
                .getResultList();
    }

    @Override
    public Optional<Technician> find(long id) {
        return Optional.ofNullable(em.find(Technician.class, id));
    }

    @Override
    public Optional<Technician> findByCode(String code) {
        return em.createQuery("SELECT t FROM Technician t WHERE t.code = :code", Technician.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(Technician technician) {
        em.persist(technician);
    }

    @Override
    public void remove(Technician technician) {
        em.remove(technician);
    }
}
