package com.assisto.application.technician;

import com.assisto.application.shared.CallerScope;
import com.assisto.domain.shared.NotFoundException;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.technician.Technician;
import com.assisto.domain.technician.TechnicianProfile;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/** Technicians (M4). */
@Stateless
public class TechnicianService {

    private static final Logger LOG = Logger.getLogger(TechnicianService.class.getName());

    @PersistenceContext(unitName = "assisto")
    private EntityManager em;

    @Inject
    private CallerScope caller;

    public List<Technician> list() {
        List<Technician> technicians = em.createQuery("SELECT t FROM Technician t ORDER BY t.code", Technician.class)
                .getResultList();
        technicians.forEach(technician -> technician.getSkills().size());
        return technicians;
    }

    public Technician get(long id) {
        Technician technician = em.find(Technician.class, id);
        if (technician == null) {
            throw new NotFoundException("Technician", id);
        }
        technician.getSkills().size();
        return technician;
    }

    public Technician create(String code, TechnicianProfile profile) {
        Technician technician = new Technician(code, profile);
        boolean exists = !em.createQuery("SELECT t FROM Technician t WHERE t.code = :code", Technician.class)
                .setParameter("code", technician.getCode())
                .getResultList()
                .isEmpty();
        if (exists) {
            throw new ValidationException("code", "technician " + technician.getCode() + " already exists");
        }
        em.persist(technician);
        LOG.info(() -> caller.callerName() + " created technician " + technician.getCode());
        return technician;
    }

    public Technician update(long id, long version, TechnicianProfile profile) {
        Technician technician = get(id);
        technician.checkVersion(version);
        technician.apply(profile);
        LOG.info(() -> caller.callerName() + " updated technician " + technician.getCode());
        return technician;
    }

    public void delete(long id, long version) {
        Technician technician = get(id);
        technician.checkVersion(version);
        em.remove(technician);
    }
}
