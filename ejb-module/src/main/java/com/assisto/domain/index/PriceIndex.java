package com.assisto.domain.index;

import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.Text;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.shared.VersionedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A published price-index series (C6) with its monthly values and bases. Values are stored as
 * published on their own base, never rebased: a variation across a base change multiplies the
 * later value by the linking coefficients in between, as the publisher prescribes.
 */
@Entity
@Table(name = "price_index")
public class PriceIndex extends VersionedEntity {

    private static final Pattern CODE_SHAPE = Pattern.compile("[A-Z0-9-]{1,20}");
    private static final int EXACT_SCALE = 8;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;
    /** Decimals the publisher rounds the variation to (FOI: 1); null when used unrounded. */
    @Column(name = "variation_decimals")
    private Integer variationDecimals;

    @ElementCollection
    @CollectionTable(name = "index_base", joinColumns = @JoinColumn(name = "price_index_id"))
    @OrderBy("fromMonth")
    private List<IndexBase> bases = new ArrayList<>();

    @OneToMany(mappedBy = "index", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("month")
    private List<IndexValue> values = new ArrayList<>();

    protected PriceIndex() {}

    public PriceIndex(String code, String name, Integer variationDecimals) {
        String trimmed = Text.trimToNull(code);
        if (trimmed == null || !CODE_SHAPE.matcher(trimmed).matches()) {
            throw new ValidationException("code", "index.badCode");
        }
        this.code = trimmed;
        rename(name, variationDecimals);
    }

    public final void rename(String newName, Integer newVariationDecimals) {
        List<FieldError> errors = new ArrayList<>();
        if (Text.trimToNull(newName) == null) {
            errors.add(new FieldError("name", "value.required"));
        }
        if (newVariationDecimals != null && (newVariationDecimals < 0 || newVariationDecimals > 4)) {
            errors.add(new FieldError("variationDecimals", "index.badDecimals"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        this.name = newName.trim();
        this.variationDecimals = newVariationDecimals;
    }

    /**
     * Sets the bases. The first has no coefficient; each later one carries its values to the
     * base before it.
     */
    public void defineBases(List<IndexBase> newBases) {
        if (newBases.isEmpty()) {
            throw new ValidationException("bases", "index.noBase");
        }
        List<IndexBase> sorted = newBases.stream()
                .sorted(Comparator.comparing(IndexBase::getFrom))
                .toList();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            BigDecimal coefficient = sorted.get(i).getLinkCoefficient();
            if (coefficient == null || coefficient.signum() <= 0) {
                errors.add(new FieldError(
                        "bases[" + i + "].linkCoefficient",
                        "index.baseCoefficient",
                        sorted.get(i).getLabel(),
                        sorted.get(i - 1).getLabel()));
            }
            if (sorted.get(i).getFrom().equals(sorted.get(i - 1).getFrom())) {
                errors.add(new FieldError(
                        "bases[" + i + "].from",
                        "index.basesSameMonth",
                        sorted.get(i).getFrom().toString()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        bases.clear();
        bases.addAll(sorted);
    }

    /** Records a month's value, or corrects it (a provisional value made definitive, say). */
    public void record(YearMonth month, BigDecimal value, boolean provisional) {
        if (month == null) {
            throw new ValidationException("month", "value.required");
        }
        if (value == null || value.signum() <= 0) {
            throw new ValidationException("value", "index.notPositive");
        }
        if (bases.isEmpty() || month.isBefore(bases.get(0).getFrom())) {
            if (bases.isEmpty()) {
                throw new ValidationException("month", "index.beforeFirstBase", month.toString(), code);
            }
            throw new ValidationException(
                    "month",
                    "index.beforeFirstBaseOf",
                    month.toString(),
                    code,
                    bases.get(0).getFrom().toString());
        }
        Optional<IndexValue> existing = entry(month);
        if (existing.isPresent()) {
            existing.get().correct(value, provisional);
        } else {
            values.add(new IndexValue(this, month, value, provisional));
            values.sort(Comparator.comparing(IndexValue::getMonth));
        }
    }

    public void remove(YearMonth month) {
        values.removeIf(value -> value.getMonth().equals(month));
    }

    public Optional<IndexValue> entry(YearMonth month) {
        return values.stream().filter(value -> value.getMonth().equals(month)).findFirst();
    }

    public IndexBase baseOf(YearMonth month) {
        IndexBase found = null;
        for (IndexBase base : bases) {
            if (!base.getFrom().isAfter(month)) {
                found = base;
            }
        }
        if (found == null) {
            throw new ValidationException("month", "index.beforeFirstBase", month.toString(), code);
        }
        return found;
    }

    /**
     * The variation from one month to a later one, or empty when either value is not
     * published: a revaluation then waits instead of guessing.
     */
    public Optional<IndexVariation> variation(YearMonth from, YearMonth to) {
        Optional<IndexValue> start = entry(from);
        Optional<IndexValue> end = entry(to);
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal coefficient = coefficientBetween(from, to);
        BigDecimal ratio =
                end.get().getValue().multiply(coefficient).divide(start.get().getValue(), MathContext.DECIMAL64);
        BigDecimal percent = ratio.subtract(BigDecimal.ONE).movePointRight(2);
        percent = variationDecimals == null
                ? percent.setScale(EXACT_SCALE, RoundingMode.HALF_UP)
                : percent.setScale(variationDecimals, RoundingMode.HALF_UP);
        return Optional.of(new IndexVariation(
                code, from, start.get().getValue(), to, end.get().getValue(), coefficient, percent));
    }

    /** The product of the linking coefficients of the bases after the earlier month's, up to the later month's. */
    private BigDecimal coefficientBetween(YearMonth from, YearMonth to) {
        BigDecimal product = BigDecimal.ONE;
        for (IndexBase base : bases) {
            if (base.getFrom().isAfter(from) && !base.getFrom().isAfter(to)) {
                product = product.multiply(base.getLinkCoefficient());
            }
        }
        return product;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Integer getVariationDecimals() {
        return variationDecimals;
    }

    public List<IndexBase> getBases() {
        return Collections.unmodifiableList(bases);
    }

    public List<IndexValue> getValues() {
        return Collections.unmodifiableList(values);
    }
}
