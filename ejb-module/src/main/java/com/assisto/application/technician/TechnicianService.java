package com.assisto.application.technician;

import com.assisto.application.shared.CallerScope;
import com.assisto.domain.shared.NotFoundException;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.technician.Technician;
import com.assisto.domain.technician.TechnicianProfile;
import com.assisto.domain.technician.TechnicianRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/** Technicians (M4). */
@Stateless
public class TechnicianService {

    private static final Logger LOG = Logger.getLogger(TechnicianService.class.getName());

    @Inject
    private TechnicianRepository technicians;

    @Inject
    private CallerScope caller;

    public List<Technician> list() {
        List<Technician> all = technicians.all();
        all.forEach(technician -> technician.getSkills().size());
        return all;
    }

    public Technician get(long id) {
        Technician technician = technicians.find(id).orElseThrow(() -> new NotFoundException("Technician", id));
        technician.getSkills().size();
        return technician;
    }

    public Technician create(String code, TechnicianProfile profile) {
        Technician technician = new Technician(code, profile);
        if (technicians.findByCode(technician.getCode()).isPresent()) {
            throw new ValidationException("code", "technician.exists", technician.getCode());
        }
        technicians.add(technician);
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
        technicians.remove(technician);
    }
}
