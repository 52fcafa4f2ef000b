package com.assisto.domain.technician;

import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.Money;
import com.assisto.domain.shared.Text;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.shared.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A field technician: what they can do, what an hour costs and sells for, where their van stock is. */
@Entity
@Table(name = "technician")
public class Technician extends VersionedEntity {

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "hourly_cost", nullable = false)
    private BigDecimal hourlyCost;

    @Column(name = "hourly_sell_rate", nullable = false)
    private BigDecimal hourlySellRate;

    @Column(name = "home_warehouse")
    private String homeWarehouse;

    private String username;

    @ElementCollection
    @CollectionTable(name = "technician_skill", joinColumns = @JoinColumn(name = "technician_id"))
    @Column(name = "skill")
    private Set<String> skills = new TreeSet<>();

    protected Technician() {}

    public Technician(String code, TechnicianProfile profile) {
        this.code = Text.trimToNull(code);
        if (this.code == null) {
            throw new ValidationException("code", "value.required");
        }
        apply(profile);
    }

    public final void apply(TechnicianProfile profile) {
        List<FieldError> errors = profile.errors();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        this.name = profile.name();
        this.hourlyCost = Money.of(profile.hourlyCost());
        this.hourlySellRate = Money.of(profile.hourlySellRate());
        this.homeWarehouse = profile.homeWarehouse();
        this.username = profile.username();
        this.skills.clear();
        this.skills.addAll(profile.skills());
    }

    public TechnicianProfile profile() {
        return new TechnicianProfile(name, hourlyCost, hourlySellRate, homeWarehouse, username, skills);
    }

    /** Sell rate less cost: what an hour billed earns before overheads. */
    public BigDecimal hourlyMargin() {
        return hourlySellRate.subtract(hourlyCost);
    }

    public boolean hasSkill(String skill) {
        return skills.contains(Text.searchKey(skill));
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getHourlyCost() {
        return hourlyCost;
    }

    public BigDecimal getHourlySellRate() {
        return hourlySellRate;
    }

    public String getHomeWarehouse() {
        return homeWarehouse;
    }

    public String getUsername() {
        return username;
    }

    public Collection<String> getSkills() {
        return List.copyOf(skills);
    }
}
