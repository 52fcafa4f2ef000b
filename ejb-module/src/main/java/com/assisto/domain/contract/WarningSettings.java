package com.assisto.domain.contract;

import com.assisto.domain.contracttype.ContractType;
import com.assisto.domain.shared.Text;
import com.assisto.domain.shared.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;

/** Who looks after a contract and how early its expiry warnings go out (C10). */
@Embeddable
public class WarningSettings {

    private static final int MAX_DAYS = 365;

    /** Days before the end that expiry warnings start; empty: the type's, else the items'. */
    @Column(name = "warning_days")
    private Integer warningDays;
    /** The user who looks after the contract and receives its warnings; empty: the back office. */
    @Column(name = "responsible_user")
    private String responsibleUser;

    protected WarningSettings() {}

    private WarningSettings(String responsibleUser, Integer warningDays) {
        this.responsibleUser = responsibleUser;
        this.warningDays = warningDays;
    }

    static WarningSettings none() {
        return new WarningSettings(null, null);
    }

    /**
     * What a following term keeps: the responsible user always, the warning days only when it
     * stays of the same type (another type brings its own).
     */
    WarningSettings forNextTerm(boolean sameType) {
        return new WarningSettings(responsibleUser, sameType ? warningDays : null);
    }

    static WarningSettings of(String responsible, Integer days) {
        if (days != null && (days < 0 || days > MAX_DAYS)) {
            throw new ValidationException("warningDays", "value.between", 0, MAX_DAYS);
        }
        return new WarningSettings(Text.trimToNull(responsible), days);
    }

    /**
     * How many days before the end the expiry warning goes out: the contract's own setting,
     * else its type's, else the longest of its covered items' (C10), else the fallback.
     */
    int effectiveDays(ContractType type, List<ContractLine> coveredLines, int fallback) {
        if (warningDays != null) {
            return warningDays;
        }
        if (type.getWarningDays() != null) {
            return type.getWarningDays();
        }
        return coveredLines.stream()
                .filter(line -> line.getItem() != null)
                .mapToInt(line -> line.getItem().getWarningDays())
                .filter(days -> days > 0)
                .max()
                .orElse(fallback);
    }

    public Integer warningDays() {
        return warningDays;
    }

    public String responsibleUser() {
        return responsibleUser;
    }
}
