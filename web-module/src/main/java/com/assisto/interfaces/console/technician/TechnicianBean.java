package com.assisto.interfaces.console.technician;

import com.assisto.application.technician.TechnicianService;
import com.assisto.domain.technician.Technician;
import com.assisto.domain.technician.TechnicianProfile;
import com.assisto.interfaces.console.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Technicians; the back office adds new ones. */
@Named
@ViewScoped
public class TechnicianBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient TechnicianService technicians;

    private List<Technician> all;
    private String code;
    private String name;
    private BigDecimal hourlyCost;
    private BigDecimal hourlySellRate;
    private String homeWarehouse;
    private String skills;

    public List<Technician> getAll() {
        if (all == null) {
            all = technicians.list();
        }
        return all;
    }

    public void create() {
        try {
            technicians.create(
                    code,
                    new TechnicianProfile(
                            name,
                            hourlyCost,
                            hourlySellRate,
                            homeWarehouse,
                            null,
                            skills == null ? List.of() : Arrays.asList(skills.split(","))));
            all = null;
            code = name = homeWarehouse = skills = null;
            hourlyCost = hourlySellRate = null;
            Faces.info("saved");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getHourlyCost() {
        return hourlyCost;
    }

    public void setHourlyCost(BigDecimal hourlyCost) {
        this.hourlyCost = hourlyCost;
    }

    public BigDecimal getHourlySellRate() {
        return hourlySellRate;
    }

    public void setHourlySellRate(BigDecimal hourlySellRate) {
        this.hourlySellRate = hourlySellRate;
    }

    public String getHomeWarehouse() {
        return homeWarehouse;
    }

    public void setHomeWarehouse(String homeWarehouse) {
        this.homeWarehouse = homeWarehouse;
    }

    public String getSkills() {
        return skills;
    }

    public void setSkills(String skills) {
        this.skills = skills;
    }

    /** The technician's skills as a list in words, alphabetically. */
    public String skills(com.assisto.domain.technician.Technician technician) {
        return com.assisto.domain.shared.Message.inWords(
                List.copyOf(new java.util.TreeSet<>(technician.getSkills())),
                jakarta.faces.context.FacesContext.getCurrentInstance()
                        .getViewRoot()
                        .getLocale());
    }
}
