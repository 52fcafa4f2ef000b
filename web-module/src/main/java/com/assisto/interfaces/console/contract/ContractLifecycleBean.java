package com.assisto.interfaces.console.contract;

import com.assisto.application.contract.ContractSettings;
import com.assisto.application.contracttype.ContractTypeService;
import com.assisto.application.index.IndexService;
import com.assisto.application.renewal.RenewalPreview;
import com.assisto.application.renewal.RenewalRuns;
import com.assisto.application.user.UserService;
import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.RevaluationClause;
import com.assisto.domain.contract.RevaluationInterval;
import com.assisto.domain.index.PriceIndex;
import com.assisto.domain.renewal.RenewalOutcome;
import com.assisto.domain.renewal.RevaluationRecord;
import com.assisto.domain.user.AppUser;
import com.assisto.interfaces.console.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The renewal side of one contract (C6, C9, C10): its index clause, who is warned and how early,
 * what the next renewal would do (preview), the revaluations applied and what each renewal run
 * did with it.
 */
@Named
@ViewScoped
public class ContractLifecycleBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContractBean contractBean;

    @EJB
    private transient ContractSettings contractSettings;

    @EJB
    private transient RenewalRuns runs;

    @EJB
    private transient IndexService indices;

    @EJB
    private transient UserService users;

    @EJB
    private transient ContractTypeService types;

    private boolean loaded;
    private String indexCode;
    private BigDecimal sharePercent;
    private boolean decreasesApplied;
    private BigDecimal floorPercent;
    private Integer lagMonths;
    private RevaluationInterval interval;
    private String responsibleUser;
    private Integer warningDays;

    private RenewalPreview preview;
    private transient List<RevaluationRecord> revaluations;
    private transient List<RenewalOutcome> outcomes;
    private transient List<PriceIndex> indexList;
    private transient List<AppUser> staff;

    /** The form starts from the contract as stored. */
    private void loadForm() {
        if (loaded || contract() == null) {
            return;
        }
        Contract contract = contract();
        contract.getRevaluation()
                .ifPresentOrElse(
                        clause -> {
                            indexCode = clause.getIndexCode();
                            sharePercent = clause.getSharePercent();
                            decreasesApplied = clause.isDecreasesApplied();
                            floorPercent = clause.getFloorPercent();
                            lagMonths = clause.getLagMonths();
                            interval = clause.getInterval();
                        },
                        () -> {
                            indexCode = null;
                            sharePercent = BigDecimal.valueOf(100);
                            decreasesApplied = false;
                            floorPercent = null;
                            lagMonths = 2;
                            interval = RevaluationInterval.YEARLY;
                        });
        responsibleUser = contract.getResponsibleUser();
        warningDays = contract.getWarningDays();
        loaded = true;
    }

    private Contract contract() {
        return contractBean.getContract();
    }

    public boolean isRevaluated() {
        return contract() != null && contract().getRevaluation().isPresent();
    }

    public void saveRevaluation() {
        try {
            RevaluationClause clause = new RevaluationClause(
                    indexCode,
                    sharePercent,
                    decreasesApplied,
                    floorPercent,
                    lagMonths == null ? 0 : lagMonths,
                    interval);
            contractSettings.setRevaluation(contract().getId(), contract().getVersion(), clause);
            changed();
            Faces.info("lifecycle.revaluationSaved");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public void removeRevaluation() {
        try {
            contractSettings.setRevaluation(contract().getId(), contract().getVersion(), null);
            changed();
            Faces.info("lifecycle.revaluationRemoved");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public void saveWarnings() {
        try {
            contractSettings.assignWarnings(contract().getId(), contract().getVersion(), responsibleUser, warningDays);
            changed();
            Faces.info("saved");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    /** The contract's version moved on: the page reloads it, and the preview follows the new clause. */
    private void changed() {
        contractBean.refresh();
        loaded = false;
        preview = null;
        loadForm();
    }

    /** The type the contract would continue as, as "code – name" (the preview knows its code). */
    public String getNextType() {
        String code = getPreview() == null ? null : getPreview().nextTypeCode();
        return code == null
                ? null
                : types.find(code).map(type -> code + " – " + type.getName()).orElse(code);
    }

    public RenewalPreview getPreview() {
        if (preview == null && contract() != null) {
            preview = runs.preview(contract().getId());
        }
        return preview;
    }

    public List<RevaluationRecord> getRevaluations() {
        if (revaluations == null) {
            revaluations = contract() == null
                    ? List.of()
                    : runs.revaluations(contract().getId());
        }
        return revaluations;
    }

    public List<RenewalOutcome> getOutcomes() {
        if (outcomes == null) {
            outcomes =
                    contract() == null ? List.of() : runs.outcomesOf(contract().getId());
        }
        return outcomes;
    }

    public List<PriceIndex> getIndices() {
        if (indexList == null) {
            indexList = indices.list();
        }
        return indexList;
    }

    public List<AppUser> getStaff() {
        if (staff == null) {
            staff = users.list().stream()
                    .filter(user -> user.isActive() && !user.isCustomerUser())
                    .toList();
        }
        return staff;
    }

    public String getIndexCode() {
        loadForm();
        return indexCode;
    }

    public void setIndexCode(String indexCode) {
        this.indexCode = indexCode;
    }

    public BigDecimal getSharePercent() {
        loadForm();
        return sharePercent;
    }

    public void setSharePercent(BigDecimal sharePercent) {
        this.sharePercent = sharePercent;
    }

    public boolean isDecreasesApplied() {
        loadForm();
        return decreasesApplied;
    }

    public void setDecreasesApplied(boolean decreasesApplied) {
        this.decreasesApplied = decreasesApplied;
    }

    public BigDecimal getFloorPercent() {
        loadForm();
        return floorPercent;
    }

    public void setFloorPercent(BigDecimal floorPercent) {
        this.floorPercent = floorPercent;
    }

    public Integer getLagMonths() {
        loadForm();
        return lagMonths;
    }

    public void setLagMonths(Integer lagMonths) {
        this.lagMonths = lagMonths;
    }

    public RevaluationInterval getInterval() {
        loadForm();
        return interval;
    }

    public void setInterval(RevaluationInterval interval) {
        this.interval = interval;
    }

    public RevaluationInterval[] getIntervals() {
        return RevaluationInterval.values();
    }

    public String getResponsibleUser() {
        loadForm();
        return responsibleUser;
    }

    public void setResponsibleUser(String responsibleUser) {
        this.responsibleUser = responsibleUser;
    }

    public Integer getWarningDays() {
        loadForm();
        return warningDays;
    }

    public void setWarningDays(Integer warningDays) {
        this.warningDays = warningDays;
    }
}
