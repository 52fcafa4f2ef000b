package com.assisto.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.assisto.domain.shared.customfields.CustomFieldDefinition;
import com.assisto.domain.shared.customfields.CustomFieldKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A table custom field edited as a grid: rows in and out, typed columns, blank cells left out. */
class CustomFieldFormTest {

    private static final CustomFieldDefinition VISITS = new CustomFieldDefinition(
            "visits", "Planned visits", CustomFieldKind.TABLE, false, "month:NUMBER;task:TEXT;on:DATE");
    private static final CustomFieldDefinition LEVEL =
            new CustomFieldDefinition("level", "Level", CustomFieldKind.TEXT, false, null);

    @Test
    void aStoredTableBecomesRowsOfCellsAndComesBackAsTheDomainTakesIt() {
        CustomFieldForm form = new CustomFieldForm(
                List.of(LEVEL, VISITS),
                Map.of("level", "Gold", "visits", List.of(Map.of("month", 3, "task", "Cleaning"))));

        assertEquals("3", form.getRows().get("visits").get(0).get("month"));
        form.addRow("visits");
        Map<String, String> added = form.getRows().get("visits").get(1);
        added.put("month", " 9 ");
        added.put("task", "Toner");
        form.addRow("visits"); // left empty: not sent

        assertEquals(
                Map.of(
                        "level",
                        "Gold",
                        "visits",
                        List.of(Map.of("month", "3", "task", "Cleaning"), Map.of("month", "9", "task", "Toner"))),
                form.toValues());
    }

    @Test
    void aRemovedRowIsGoneAndAnEmptyTableIsNotSent() {
        CustomFieldForm form = new CustomFieldForm(
                List.of(VISITS), Map.of("visits", List.of(new HashMap<>(Map.of("month", 3, "task", "Cleaning")))));

        form.removeRow("visits", 0);
        form.removeRow("visits", 5); // a row that is not there changes nothing

        assertEquals(Map.of(), form.toValues());
    }

    @Test
    void eachColumnTakesTheInputOfItsKind() {
        List<String> types = new CustomFieldForm(List.of(VISITS), null)
                .columns(VISITS).stream().map(CustomFieldForm.Column::inputType).toList();

        assertEquals(List.of("number", "text", "date"), types);
    }
}
