package com.assisto.domain.technician;

import java.util.List;
import java.util.Optional;

/** Where technicians are kept. */
public interface TechnicianRepository {

    /** Every technician, in code order. */
    List<Technician> all();

    Optional<Technician> find(long id);

    Optional<Technician> findByCode(String code);

    void add(Technician technician);

    void remove(Technician technician);
}
