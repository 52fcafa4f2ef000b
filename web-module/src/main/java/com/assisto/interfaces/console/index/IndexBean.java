package com.assisto.interfaces.console.index;

import com.assisto.application.index.IndexService;
import com.assisto.domain.index.IndexBase;
import com.assisto.domain.index.IndexValue;
import com.assisto.domain.index.PriceIndex;
import com.assisto.domain.shared.ImportReport;
import com.assisto.domain.shared.ValidationException;
import com.assisto.interfaces.console.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * Price-index tables (C6): the series, their bases with linking coefficients, the monthly
 * values typed or imported from CSV, and the variation between two months as a revaluation
 * would compute it.
 */
@Named
@ViewScoped
public class IndexBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient IndexService indices;

    private String selectedCode;
    private PriceIndex selected;
    private transient List<PriceIndex> all;

    private String month;
    private BigDecimal value;
    private boolean provisional;

    private String baseLabel;
    private String baseFrom;
    private BigDecimal baseCoefficient;

    private String newCode;
    private String newName;
    private Integer newDecimals = 1;
    private String newBaseLabel;
    private String newBaseFrom;

    private String variationFrom;
    private String variationTo;
    private String variation;

    private ImportReport report;

    public List<PriceIndex> getAll() {
        if (all == null) {
            all = indices.list();
        }
        return all;
    }

    public void select() {
        selected = selectedCode == null ? null : indices.view(selectedCode);
        report = null;
        variation = null;
    }

    /** Newest month first: the value to check is usually the last one published. */
    public List<IndexValue> getValues() {
        if (selected == null) {
            return List.of();
        }
        return selected.getValues().stream()
                .sorted(Comparator.comparing(IndexValue::getMonth).reversed())
                .toList();
    }

    public void record() {
        try {
            indices.record(selectedCode, month("month", month), value, provisional);
            selected = indices.view(selectedCode);
            Faces.info("index.recorded", month);
            month = null;
            value = null;
            provisional = false;
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    /** Fills the form with a month's value to correct it. */
    public void edit(IndexValue entry) {
        month = entry.getMonth().toString();
        value = entry.getValue();
        provisional = entry.isProvisional();
    }

    public void remove(String removedMonth) {
        try {
            indices.remove(selectedCode, YearMonth.parse(removedMonth));
            selected = indices.view(selectedCode);
            Faces.info("index.removed", removedMonth);
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public void addBase() {
        try {
            List<IndexBase> bases = new ArrayList<>(selected.getBases());
            bases.add(new IndexBase(baseLabel, month("baseFrom", baseFrom), baseCoefficient));
            indices.update(
                    selectedCode, selected.getVersion(), selected.getName(), selected.getVariationDecimals(), bases);
            selected = indices.view(selectedCode);
            baseLabel = baseFrom = null;
            baseCoefficient = null;
            Faces.info("saved");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public void create() {
        try {
            indices.create(
                    newCode,
                    newName,
                    newDecimals,
                    List.of(new IndexBase(newBaseLabel, month("bases[0].from", newBaseFrom), null)));
            all = null;
            selectedCode = newCode.trim();
            select();
            newCode = newName = newBaseLabel = newBaseFrom = null;
            Faces.info("saved");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public void upload(FileUploadEvent event) {
        try (InputStreamReader csv = new InputStreamReader(event.getFile().getInputStream(), StandardCharsets.UTF_8)) {
            report = indices.importCsv(selectedCode, csv);
            selected = indices.view(selectedCode);
            Faces.info("index.imported", report.summary());
        } catch (java.io.IOException e) {
            Faces.error(new IllegalStateException("the file could not be read: " + e.getMessage(), e));
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public void computeVariation() {
        try {
            YearMonth from = month("variationFrom", variationFrom);
            YearMonth to = month("variationTo", variationTo);
            variation = selected.variation(from, to)
                    .map(found -> com.assisto.interfaces.console.MessageText.text(found.describe()))
                    .orElseGet(() -> Faces.text("index.noVariation"));
        } catch (RuntimeException e) {
            variation = null;
            Faces.error(e);
        }
    }

    private static YearMonth month(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(field, "value.required");
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "console.notMonth", text);
        }
    }

    public String getSelectedCode() {
        return selectedCode;
    }

    public void setSelectedCode(String selectedCode) {
        this.selectedCode = selectedCode;
    }

    public PriceIndex getSelected() {
        return selected;
    }

    public ImportReport getReport() {
        return report;
    }

    public String getVariation() {
        return variation;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public boolean isProvisional() {
        return provisional;
    }

    public void setProvisional(boolean provisional) {
        this.provisional = provisional;
    }

    public String getBaseLabel() {
        return baseLabel;
    }

    public void setBaseLabel(String baseLabel) {
        this.baseLabel = baseLabel;
    }

    public String getBaseFrom() {
        return baseFrom;
    }

    public void setBaseFrom(String baseFrom) {
        this.baseFrom = baseFrom;
    }

    public BigDecimal getBaseCoefficient() {
        return baseCoefficient;
    }

    public void setBaseCoefficient(BigDecimal baseCoefficient) {
        this.baseCoefficient = baseCoefficient;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public Integer getNewDecimals() {
        return newDecimals;
    }

    public void setNewDecimals(Integer newDecimals) {
        this.newDecimals = newDecimals;
    }

    public String getNewBaseLabel() {
        return newBaseLabel;
    }

    public void setNewBaseLabel(String newBaseLabel) {
        this.newBaseLabel = newBaseLabel;
    }

    public String getNewBaseFrom() {
        return newBaseFrom;
    }

    public void setNewBaseFrom(String newBaseFrom) {
        this.newBaseFrom = newBaseFrom;
    }

    public String getVariationFrom() {
        return variationFrom;
    }

    public void setVariationFrom(String variationFrom) {
        this.variationFrom = variationFrom;
    }

    public String getVariationTo() {
        return variationTo;
    }

    public void setVariationTo(String variationTo) {
        this.variationTo = variationTo;
    }
}
