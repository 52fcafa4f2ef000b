package com.assisto.interfaces.console.contracttype;

import com.assisto.application.contract.ContractDocuments;
import com.assisto.application.contracttype.ContractTypeService;
import com.assisto.domain.charging.ChargingRules;
import com.assisto.domain.contracttype.ContractTemplate;
import com.assisto.domain.contracttype.ContractType;
import com.assisto.domain.contracttype.ContractTypeSettings;
import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.shared.customfields.CustomFieldDefinition;
import com.assisto.domain.shared.customfields.CustomFieldKind;
import com.assisto.interfaces.console.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Contract types: their defaults, custom-field schema and document templates, edited by the back office. */
@Named
@ViewScoped
public class ContractTypeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient ContractTypeService types;

    @EJB
    private transient ContractDocuments documents;

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
    private List<FieldRow> fields = new ArrayList<>();

    private String templateName;
    private String templateLocale = "it";
    private String templateBody;

    /** One editable row of the custom-field schema. */
    public static class FieldRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private String key;
        private String label;
        private CustomFieldKind kind = CustomFieldKind.TEXT;
        private boolean required;
        private String options;

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public CustomFieldKind getKind() {
            return kind;
        }

        public void setKind(CustomFieldKind kind) {
            this.kind = kind;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        public String getOptions() {
            return options;
        }

        public void setOptions(String options) {
            this.options = options;
        }
    }

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
        fields = new ArrayList<>();
        for (CustomFieldDefinition definition : type.getFields()) {
            FieldRow row = new FieldRow();
            row.key = definition.getKey();
            row.label = definition.getLabel();
            row.kind = definition.getKind();
            row.required = definition.isRequired();
            row.options = definition.getOptions();
            fields.add(row);
        }
        List<ContractTemplate> templates = getTemplates();
        if (!templates.isEmpty()) {
            editTemplate(templates.get(0).getName());
        } else {
            templateName = null;
            templateBody = null;
        }
    }

    public void startNew() {
        selectedCode = null;
        creating = true;
        code = name = numberPrefix = quotePrefix = null;
        fields = new ArrayList<>();
    }

    public void addField() {
        fields.add(new FieldRow());
    }

    public void removeField(FieldRow row) {
        fields.remove(row);
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
            List<CustomFieldDefinition> definitions = definitions();
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

    private List<CustomFieldDefinition> definitions() {
        List<CustomFieldDefinition> definitions = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (FieldRow row : fields) {
            try {
                definitions.add(new CustomFieldDefinition(row.key, row.label, row.kind, row.required, row.options));
            } catch (ValidationException e) {
                errors.addAll(e.getErrors());
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return definitions;
    }

    public List<ContractTemplate> getTemplates() {
        return selectedCode == null ? List.of() : documents.templates(selectedCode);
    }

    public void editTemplate(String name) {
        ContractTemplate latest = documents.revisions(selectedCode, name).get(0);
        templateName = latest.getName();
        templateLocale = latest.getLocale();
        templateBody = latest.getBody();
    }

    public void saveTemplate() {
        try {
            ContractTemplate saved = documents.save(selectedCode, templateName, templateLocale, templateBody);
            Faces.info("contractType.templateSaved", saved.getName(), saved.getRevision());
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    /** Deletes the template being edited, or retires it when documents were made from it. */
    public void removeTemplate() {
        try {
            String removed = templateName;
            ContractDocuments.Removal removal = documents.remove(selectedCode, removed);
            Faces.info(
                    removal == ContractDocuments.Removal.DELETED
                            ? "contractType.templateDeleted"
                            : "contractType.templateRetired",
                    removed);
            List<ContractTemplate> templates = getTemplates();
            if (templates.isEmpty()) {
                templateName = null;
                templateBody = null;
            } else {
                editTemplate(templates.get(0).getName());
            }
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public CustomFieldKind[] getKinds() {
        return CustomFieldKind.values();
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

    public List<FieldRow> getFields() {
        return fields;
    }

    public String getTemplateName() {
        return templateName;
    }

    public void setTemplateName(String templateName) {
        this.templateName = templateName;
    }

    public String getTemplateLocale() {
        return templateLocale;
    }

    public void setTemplateLocale(String templateLocale) {
        this.templateLocale = templateLocale;
    }

    public String getTemplateBody() {
        return templateBody;
    }

    public void setTemplateBody(String templateBody) {
        this.templateBody = templateBody;
    }
}
