package com.assisto.interfaces.console.contracttype;

import com.assisto.application.contracttype.ContractTypeService;
import com.assisto.domain.charging.ChargingRules;
import com.assisto.domain.contracttype.ContractType;
import com.assisto.domain.contracttype.ContractTypeSettings;
import com.assisto.domain.shared.customfields.CustomFieldDefinition;
import com.assisto.interfaces.console.CustomFieldSchemaForm;
import com.assisto.interfaces.console.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Contract types: their defaults, charging rules and custom-field schema, edited by the back office;
 * their document templates are {@link ContractTemplateBean}'s.
 */
@Named
@ViewScoped
public class ContractTypeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient ContractTypeService types;

    @Inject
    private ContractTemplateBean templates;

    private String selectedCode;
    private boolean creating;
    private long version;
    private String code;
    private String name;
    private int durationMonths = 12;
    private int billingMonths = 12;
    private int renewalMonths = 12;
    private boolean autoRenew = true;
    private boolean warranty;
    private int quoteValidityDays = 30;
    private String numberPrefix;
    private String quotePrefix;
    private boolean labourCovered = true;
    private boolean travelCovered = true;
    private boolean partsCovered;
    private boolean consumablesCovered;
    private CustomFieldSchemaForm schema = new CustomFieldSchemaForm();

    public List<ContractType> getTypes() {
        return types.list();
    }

    public void select(String typeCode) {
        ContractType type = types.get(typeCode);
        selectedCode = typeCode;
        creating = false;
        version = type.getVersion();
        code = type.getCode();
        ContractTypeSettings settings = type.settings();
        name = settings.name();
        durationMonths = settings.durationMonths();
        billingMonths = settings.billingMonths();
        renewalMonths = settings.renewalMonths();
        autoRenew = settings.autoRenew();
        warranty = settings.warranty();
        quoteValidityDays = settings.quoteValidityDays();
        numberPrefix = settings.numberPrefix();
        quotePrefix = settings.quotePrefix();
        labourCovered = settings.charging().isLabourCovered();
        travelCovered = settings.charging().isTravelCovered();
        partsCovered = settings.charging().isPartsCovered();
        consumablesCovered = settings.charging().isConsumablesCovered();
        schema = new CustomFieldSchemaForm(type.getFields());
        templates.open(typeCode);
    }

    public void startNew() {
        selectedCode = null;
        creating = true;
        code = name = numberPrefix = quotePrefix = null;
        schema = new CustomFieldSchemaForm();
        templates.open(null);
    }

    public void save() {
        try {
            ContractTypeSettings settings = new ContractTypeSettings(
                    name,
                    durationMonths,
                    billingMonths,
                    renewalMonths,
                    autoRenew,
                    warranty,
                    quoteValidityDays,
                    numberPrefix,
                    quotePrefix,
                    new ChargingRules(labourCovered, travelCovered, partsCovered, consumablesCovered));
            List<CustomFieldDefinition> definitions = schema.definitions();
            if (creating) {
                types.create(code, settings, definitions);
            } else {
                types.update(selectedCode, version, settings, definitions);
            }
            select(code);
            Faces.info("contractType.saved");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public boolean isEditing() {
        return creating || selectedCode != null;
    }

    public String getSelectedCode() {
        return selectedCode;
    }

    public boolean isCreating() {
        return creating;
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

    public int getDurationMonths() {
        return durationMonths;
    }

    public void setDurationMonths(int durationMonths) {
        this.durationMonths = durationMonths;
    }

    public int getBillingMonths() {
        return billingMonths;
    }

    public void setBillingMonths(int billingMonths) {
        this.billingMonths = billingMonths;
    }

    public int getRenewalMonths() {
        return renewalMonths;
    }

    public void setRenewalMonths(int renewalMonths) {
        this.renewalMonths = renewalMonths;
    }

    public boolean isAutoRenew() {
        return autoRenew;
    }

    public void setAutoRenew(boolean autoRenew) {
        this.autoRenew = autoRenew;
    }

    public boolean isWarranty() {
        return warranty;
    }

    public void setWarranty(boolean warranty) {
        this.warranty = warranty;
    }

    public int getQuoteValidityDays() {
        return quoteValidityDays;
    }

    public void setQuoteValidityDays(int quoteValidityDays) {
        this.quoteValidityDays = quoteValidityDays;
    }

    public String getNumberPrefix() {
        return numberPrefix;
    }

    public void setNumberPrefix(String numberPrefix) {
        this.numberPrefix = numberPrefix;
    }

    public String getQuotePrefix() {
        return quotePrefix;
    }

    public void setQuotePrefix(String quotePrefix) {
        this.quotePrefix = quotePrefix;
    }

    public boolean isLabourCovered() {
        return labourCovered;
    }

    public void setLabourCovered(boolean labourCovered) {
        this.labourCovered = labourCovered;
    }

    public boolean isTravelCovered() {
        return travelCovered;
    }

    public void setTravelCovered(boolean travelCovered) {
        this.travelCovered = travelCovered;
    }

    public boolean isPartsCovered() {
        return partsCovered;
    }

    public void setPartsCovered(boolean partsCovered) {
        this.partsCovered = partsCovered;
    }

    public boolean isConsumablesCovered() {
        return consumablesCovered;
    }

    public void setConsumablesCovered(boolean consumablesCovered) {
        this.consumablesCovered = consumablesCovered;
    }

    public CustomFieldSchemaForm getSchema() {
        return schema;
    }
}
