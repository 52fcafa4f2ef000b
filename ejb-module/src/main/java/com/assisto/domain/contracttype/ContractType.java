package com.assisto.domain.contracttype;

import com.assisto.domain.charging.ChargingRules;
import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.SharedCache;
import com.assisto.domain.shared.Text;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.shared.VersionedEntity;
import com.assisto.domain.shared.customfields.CustomFieldDefinition;
import com.assisto.domain.shared.customfields.FieldSchema;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.annotations.CacheCoordinationType;

/**
 * A kind of contract (full service, cost per copy, warranty …), numbered 1 to 999 as the ERP
 * numbers them. It owns the custom-field schema every contract of the type is validated
 * against, the defaults new contracts start from and the number series they are numbered in.
 */
@Entity
@Cacheable
@Cache(coordinationType = CacheCoordinationType.INVALIDATE_CHANGED_OBJECTS, expiry = SharedCache.EXPIRY_MILLIS)
@Table(name = "contract_type")
public class ContractType extends VersionedEntity {

    public static final int DEFAULT_ADMIN_WARNING_DAYS = 30;
    private static final Pattern CODE_SHAPE = Pattern.compile("[1-9][0-9]{0,2}");
    private static final int MAX_WARNING_DAYS = 365;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "duration_months", nullable = false)
    private int durationMonths;

    @Column(name = "billing_months", nullable = false)
    private int billingMonths;

    @Column(name = "renewal_months", nullable = false)
    private int renewalMonths;

    @Column(name = "auto_renew", nullable = false)
    private boolean autoRenew;

    @Column(nullable = false)
    private boolean warranty;

    @Column(name = "quote_validity_days", nullable = false)
    private int quoteValidityDays;

    @Column(name = "number_prefix", nullable = false)
    private String numberPrefix;

    @Column(name = "quote_prefix")
    private String quotePrefix;

    @Embedded
    private ChargingRules charging;
    /** For a warranty type: the maintenance type its convertible warranties become (W2). */
    @ManyToOne
    @JoinColumn(name = "converts_to_id")
    private ContractType convertsTo;
    /** Days before the end that expiry warnings start (C10); empty: each item's own. */
    @Column(name = "warning_days")
    private Integer warningDays;
    /** Days before renewal that administration gets the term's summary (C11). */
    @Column(name = "admin_warning_days", nullable = false)
    private int adminWarningDays = DEFAULT_ADMIN_WARNING_DAYS;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contract_type_field", joinColumns = @JoinColumn(name = "contract_type_id"))
    @OrderColumn(name = "position")
    private List<CustomFieldDefinition> fields = new ArrayList<>();

    protected ContractType() {}

    public ContractType(String code, ContractTypeSettings settings) {
        this.code = Text.trimToNull(code);
        if (this.code == null || !CODE_SHAPE.matcher(this.code).matches()) {
            throw new ValidationException("code", "contractType.badCode", code);
        }
        apply(settings);
    }

    public final void apply(ContractTypeSettings settings) {
        settings.validate();
        this.name = settings.name().trim();
        this.durationMonths = settings.durationMonths();
        this.billingMonths = settings.billingMonths();
        this.renewalMonths = settings.renewalMonths();
        this.autoRenew = settings.autoRenew();
        this.warranty = settings.warranty();
        this.quoteValidityDays = settings.quoteValidityDays();
        this.numberPrefix = settings.numberPrefix();
        this.quotePrefix = Text.trimToNull(settings.quotePrefix());
        this.charging = settings.charging().copy();
    }

    /**
     * Sets what happens around the end of a term: which maintenance type a warranty converts
     * to, how early expiry warnings start, how early administration gets the term summary.
     */
    public void configureLifecycle(ContractType newConvertsTo, Integer newWarningDays, int newAdminWarningDays) {
        List<FieldError> errors = new ArrayList<>();
        if (newConvertsTo != null && !warranty) {
            errors.add(new FieldError("convertsTo", "contractType.onlyWarrantyConverts"));
        }
        if (newConvertsTo != null && newConvertsTo.isWarranty()) {
            errors.add(new FieldError("convertsTo", "contractType.convertsToWarranty", newConvertsTo.getCode()));
        }
        if (newWarningDays != null && (newWarningDays < 0 || newWarningDays > MAX_WARNING_DAYS)) {
            errors.add(new FieldError("warningDays", "value.between", 0, MAX_WARNING_DAYS));
        }
        if (newAdminWarningDays < 0 || newAdminWarningDays > MAX_WARNING_DAYS) {
            errors.add(new FieldError("adminWarningDays", "value.between", 0, MAX_WARNING_DAYS));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        this.convertsTo = newConvertsTo;
        this.warningDays = newWarningDays;
        this.adminWarningDays = newAdminWarningDays;
    }

    public ContractType getConvertsTo() {
        return convertsTo;
    }

    public Integer getWarningDays() {
        return warningDays;
    }

    public int getAdminWarningDays() {
        return adminWarningDays;
    }

    public ContractTypeSettings settings() {
        return new ContractTypeSettings(
                name,
                durationMonths,
                billingMonths,
                renewalMonths,
                autoRenew,
                warranty,
                quoteValidityDays,
                numberPrefix,
                quotePrefix,
                charging.copy());
    }

    /**
     * Replaces the custom-field schema. Values already stored on contracts stay; they are
     * checked against the new schema the next time each contract is edited.
     */
    public void defineFields(List<CustomFieldDefinition> newFields) {
        FieldSchema.checkDistinctKeys(newFields);
        fields.clear();
        fields.addAll(newFields);
    }

    /** Checks custom-field values against the type's schema (see {@link FieldSchema#validate}). */
    public Map<String, Object> validateCustomFields(Map<String, ?> values) {
        return new FieldSchema(fields, Message.of("contractType.schemaOwner", code, name)).validate(values);
    }

    /** A contract number: prefix, year and a five-digit sequence, e.g. FS/2026/00042. */
    public String contractNumber(int year, long sequence) {
        return format(numberPrefix, year, sequence);
    }

    public String quoteNumber(int year, long sequence) {
        return format(hasQuoteSeries() ? quotePrefix : numberPrefix, year, sequence);
    }

    private static String format(String prefix, int year, long sequence) {
        return prefix + "/" + year + "/" + String.format("%05d", sequence);
    }

    /** The key of the number series a new quote or contract of this type draws from. */
    public String seriesKey(boolean quote, int year) {
        return (quote && hasQuoteSeries() ? "quote:" : "contract:") + code + ":" + year;
    }

    public boolean hasQuoteSeries() {
        return quotePrefix != null;
    }

    /** The terms a new contract of this type starts with. */
    public ContractTerms defaultTerms(java.time.LocalDate startDate, String typologyCode, String paymentTerms) {
        return new ContractTerms(
                typologyCode, startDate, durationMonths, renewalMonths, billingMonths, paymentTerms, autoRenew);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getDurationMonths() {
        return durationMonths;
    }

    public int getBillingMonths() {
        return billingMonths;
    }

    public int getRenewalMonths() {
        return renewalMonths;
    }

    public boolean isAutoRenew() {
        return autoRenew;
    }

    /** Warranty contracts carry no value and take no part in pricing (C4). */
    public boolean isWarranty() {
        return warranty;
    }

    public int getQuoteValidityDays() {
        return quoteValidityDays;
    }

    public String getNumberPrefix() {
        return numberPrefix;
    }

    public String getQuotePrefix() {
        return quotePrefix;
    }

    public ChargingRules getCharging() {
        return charging;
    }

    public List<CustomFieldDefinition> getFields() {
        return Collections.unmodifiableList(fields);
    }
}
