package com.assisto.interfaces.console.equipment;

import com.assisto.application.equipment.EquipmentService;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * A machine chosen in an autocomplete travels as its id; reading it back loads it through the
 * service, so a customer user can only choose among what it may see.
 */
@FacesConverter("equipmentChoice")
public class EquipmentChoiceConverter implements Converter<EquipmentChoice> {

    @Override
    public EquipmentChoice getAsObject(FacesContext context, UIComponent component, String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            EquipmentService equipment =
                    CDI.current().select(EquipmentService.class).get();
            return EquipmentChoice.of(equipment.get(Long.parseLong(id.trim())));
        } catch (NumberFormatException e) {
            throw new ConverterException(e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, EquipmentChoice choice) {
        return choice == null ? "" : String.valueOf(choice.id());
    }
}
