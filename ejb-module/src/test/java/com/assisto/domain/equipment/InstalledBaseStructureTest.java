package com.assisto.domain.equipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.domain.contract.Fixtures;
import com.assisto.domain.customer.Customer;
import com.assisto.domain.customer.ServiceSite;
import com.assisto.domain.shared.Address;
import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Components to any depth, plants at sites, and moves that keep each piece's history. */
class InstalledBaseStructureTest {

    private static final EquipmentMove.Relocation ON_1_JUNE =
            new EquipmentMove.Relocation(LocalDate.of(2026, 6, 1), "new wing", "office", Instant.EPOCH);

    private final Customer customer = Fixtures.customer("501.00001");
    private final ServiceSite headOffice = site(customer, "Head office");
    private final ServiceSite warehouse = site(customer, "Warehouse");
    private final Plant roofField =
            new Plant(customer, headOffice, new PlantDetails("Roof PV field", null, null, null, null));

    private static ServiceSite site(Customer owner, String name) {
        return owner.addSite(name, new Address("Via Roma 1", "20100", "Milano", "MI", "IT"), null);
    }

    private Equipment equipment(String description, Placement placement) {
        return new Equipment(
                customer,
                null,
                placement,
                new EquipmentDetails(null, description, null, null, null, null, null, true, null));
    }

    @Test
    void componentsStandWhereTheirParentStandsToAnyDepth() {
        Equipment inverter = equipment("Inverter", new Placement(null, roofField, null));
        Equipment board = equipment("Control board", new Placement(null, null, inverter));
        Equipment fan = equipment("Fan", new Placement(null, null, board));

        assertSame(headOffice, inverter.getSite(), "a plant's equipment stands at the plant's site");
        assertSame(roofField, fan.getPlant());
        assertSame(headOffice, fan.getSite());
        assertEquals(List.of(board), inverter.getComponents());
        assertEquals(List.of(fan), board.getComponents());
    }

    @Test
    void movingAParentMovesItsComponentsAndRecordsAMoveForEach() {
        Equipment inverter = equipment("Inverter", new Placement(null, roofField, null));
        Equipment board = equipment("Control board", new Placement(null, null, inverter));
        Equipment fan = equipment("Fan", new Placement(null, null, board));

        List<EquipmentMove> moves = inverter.moveTo(new Placement(warehouse, null, null), ON_1_JUNE);

        assertEquals(
                List.of(inverter, board, fan),
                moves.stream().map(EquipmentMove::getEquipment).toList());
        for (Equipment piece : List.of(inverter, board, fan)) {
            assertSame(warehouse, piece.getSite());
            assertNull(piece.getPlant());
        }
        EquipmentMove own = moves.get(0);
        assertSame(headOffice, own.getFromSite());
        assertSame(roofField, own.getFromPlant());
        assertSame(warehouse, own.getToSite());
        assertNull(own.getMovedWith());
        assertEquals(LocalDate.of(2026, 6, 1), own.getMovedOn());
        assertEquals("new wing", own.getNote());
        assertSame(inverter, moves.get(2).getMovedWith(), "the fan went with the inverter, two levels up");
        assertSame(board, fan.getParent(), "components stay mounted");

        assertTrue(
                inverter.moveTo(new Placement(warehouse, null, null), ON_1_JUNE).isEmpty(), "no move to where it is");
    }

    @Test
    void mountingAndUnmountingAreMovesToo() {
        Equipment copier = equipment("Copier", new Placement(headOffice, null, null));
        Equipment finisher = equipment("Finisher", new Placement(warehouse, null, null));

        List<EquipmentMove> mounted = finisher.moveTo(new Placement(null, null, copier), ON_1_JUNE);
        assertSame(headOffice, finisher.getSite());
        assertSame(copier, mounted.get(0).getToParent());
        assertEquals(List.of(finisher), copier.getComponents());

        List<EquipmentMove> unmounted = finisher.moveTo(new Placement(warehouse, null, null), ON_1_JUNE);
        assertSame(copier, unmounted.get(0).getFromParent());
        assertNull(finisher.getParent());
        assertTrue(copier.getComponents().isEmpty());
    }

    @Test
    void aMachineCannotBeMountedInsideItselfNorOnAnotherCustomersMachine() {
        Equipment inverter = equipment("Inverter", new Placement(headOffice, null, null));
        Equipment board = equipment("Control board", new Placement(null, null, inverter));
        Equipment fan = equipment("Fan", new Placement(null, null, board));

        assertRefused("parentId", () -> inverter.moveTo(new Placement(null, null, fan), ON_1_JUNE));
        assertRefused("parentId", () -> inverter.moveTo(new Placement(null, null, inverter), ON_1_JUNE));

        Customer other = Fixtures.customer("501.00002");
        Equipment theirs = new Equipment(
                other,
                null,
                new Placement(site(other, "Their site"), null, null),
                new EquipmentDetails(null, "Their copier", null, null, null, null, null, true, null));
        assertRefused("parentId", () -> board.moveTo(new Placement(null, null, theirs), ON_1_JUNE));
        assertSame(inverter, board.getParent(), "a refused move changes nothing");
    }

    @Test
    void aPlantDecidesTheSiteAndAComponentTakesNoPlaceOfItsOwn() {
        assertRefused("plantId", () -> equipment("Inverter", new Placement(warehouse, roofField, null)));

        Equipment inverter = equipment("Inverter", new Placement(null, roofField, null));
        assertRefused("parentId", () -> equipment("Board", new Placement(warehouse, null, inverter)));

        Customer other = Fixtures.customer("501.00002");
        Plant theirs =
                new Plant(other, site(other, "Their site"), new PlantDetails("Their plant", null, null, null, null));
        assertRefused("plantId", () -> inverter.moveTo(new Placement(null, theirs, null), ON_1_JUNE));
        assertRefused(
                "siteId", () -> new Plant(customer, theirs.getSite(), new PlantDetails("P", null, null, null, null)));
    }

    @Test
    void customFieldsNeedAType() {
        Equipment split = equipment("Split", new Placement(headOffice, null, null));
        assertRefused("customFields", () -> split.classify(null, Map.of("refrigerant", "R32")));

        split.classify(EquipmentTypeTest.splitAirConditioner(), Map.of("refrigerant", "R32", "chargeKg", 1));
        assertEquals("R32", split.getCustomFields().get("refrigerant"));

        split.classify(null, Map.of());
        assertTrue(split.getCustomFields().isEmpty(), "a type taken away takes its values with it");
    }

    @Test
    void serialNumbersAreSearchedWithoutCaseOrBlanks() {
        assertEquals("AB12-3", Equipment.serialKey(" ab 12-3 "));
        assertNull(Equipment.serialKey(null));
    }

    private static void assertRefused(String field, Runnable action) {
        ValidationException refused = assertThrows(ValidationException.class, action::run);
        assertEquals(
                field,
                refused.getErrors().stream().map(FieldError::field).findFirst().orElseThrow());
    }
}
