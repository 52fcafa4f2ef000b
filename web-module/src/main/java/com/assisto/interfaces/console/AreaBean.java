package com.assisto.interfaces.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Set;

/** The product areas still being built: their menu entries open a page that says so. */
@Named
@RequestScoped
public class AreaBean {

    private static final Set<String> AREAS = Set.of("interventions", "projects", "profitability");

    /** The page opened without a name (typed, or an old bookmark) shows the first area. */
    private String name = "interventions";

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = AREAS.contains(name) ? name : "interventions";
    }
}
