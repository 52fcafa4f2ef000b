package com.assisto.interfaces.console.equipment;

import com.assisto.application.equipment.EquipmentTypeService;
import com.assisto.domain.equipment.EquipmentType;
import com.assisto.domain.equipment.EquipmentType.CounterInput;
import com.assisto.domain.equipment.MeterCounter;
import com.assisto.interfaces.console.CustomFieldSchemaForm;
import com.assisto.interfaces.console.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Equipment types (E2): the card each type's equipment carries and the counters its devices have. */
@Named
@ViewScoped
public class EquipmentTypeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient EquipmentTypeService types;

    private String selectedCode;
    private boolean creating;
    private long version;
    private String code;
    private String name;
    private CustomFieldSchemaForm schema = new CustomFieldSchemaForm();
    private List<CounterRow> counters = new ArrayList<>();

    /** One editable counter. */
    public static class CounterRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private String key;
        private String label;
        private String unit;

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

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }
    }

    public List<EquipmentType> getTypes() {
        return types.all();
    }

    public void select(String typeCode) {
        EquipmentType type = types.get(typeCode);
        selectedCode = typeCode;
        creating = false;
        version = type.getVersion();
        code = type.getCode();
        name = type.getName();
        schema = new CustomFieldSchemaForm(type.getFields());
        counters = new ArrayList<>();
        for (MeterCounter counter : type.getCounters()) {
            CounterRow row = new CounterRow();
            row.key = counter.getKey();
            row.label = counter.getLabel();
            row.unit = counter.getUnit();
            counters.add(row);
        }
    }

    public void startNew() {
        selectedCode = null;
        creating = true;
        code = name = null;
        schema = new CustomFieldSchemaForm();
        counters = new ArrayList<>();
    }

    public void addCounter() {
        counters.add(new CounterRow());
    }

    public void removeCounter(CounterRow row) {
        counters.remove(row);
    }

    public void save() {
        try {
            List<CounterInput> counterInputs = counters.stream()
                    .map(row -> new CounterInput(row.key, row.label, row.unit))
                    .toList();
            if (creating) {
                types.create(code, name, schema.definitions(), counterInputs);
            } else {
                types.update(selectedCode, version, name, schema.definitions(), counterInputs);
            }
            select(creating ? code.trim() : selectedCode);
            Faces.info("equipmentType.saved");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public boolean isEditing() {
        return creating || selectedCode != null;
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

    public CustomFieldSchemaForm getSchema() {
        return schema;
    }

    public List<CounterRow> getCounters() {
        return counters;
    }
}
