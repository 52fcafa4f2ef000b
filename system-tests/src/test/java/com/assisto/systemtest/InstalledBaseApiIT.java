package com.assisto.systemtest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The installed base over REST on PostgreSQL (E1, E2, E4): a type's card validated on its
 * equipment, a plant with components that moves site with its equipment, the timeline, the serial
 * search and what a customer user may see of it.
 */
class InstalledBaseApiIT extends DeployedAssisto {

    private final Api office = Api.as("office");
    private final String run =
            Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();

    @Test
    void aTypesTableFieldIsValidatedOnItsEquipmentRowByRow() {
        String type = "HP-" + run;
        Api.Reply created = office.post(
                "equipment-types",
                Map.of(
                        "code",
                        type,
                        "name",
                        "Heat pump",
                        "fields",
                        List.of(
                                field("refrigerant", "Refrigerant", "CHOICE", true, "R32;R290"),
                                field(
                                        "fGasChecks",
                                        "F-gas checks",
                                        "TABLE",
                                        false,
                                        "on:DATE;leakFound:TEXT;kg:NUMBER")),
                        "counters",
                        List.of(Map.of("key", "hours", "label", "Operating hours", "unit", "h"))));
        assertEquals(201, created.status(), created::toString);
        assertEquals("hours", created.json().get("counters").get(0).get("key").asText());

        long customerId = customerId("501.00001");
        Api.Reply refused = office.post(
                "equipment",
                equipment(
                        customerId,
                        type,
                        Map.of(
                                "refrigerant",
                                "R22",
                                "fGasChecks",
                                List.of(
                                        Map.of("on", "2026-03-01", "leakFound", "no", "kg", 0),
                                        Map.of("on", "1st March", "kg", "two"))),
                        "SN-" + run + "-1"));
        assertEquals(400, refused.status(), refused::toString);
        assertEquals(
                List.of("customFields.refrigerant", "customFields.fGasChecks[2].on", "customFields.fGasChecks[2].kg"),
                fields(refused.json()));

        JsonNode stored = office.post(
                        "equipment",
                        equipment(
                                customerId,
                                type,
                                Map.of(
                                        "refrigerant",
                                        "R290",
                                        "fGasChecks",
                                        List.of(Map.of("on", "2026-03-01", "leakFound", "no", "kg", "0.00"))),
                                "SN-" + run + "-1"))
                .json();
        assertEquals("R290", stored.get("customFields").get("refrigerant").asText());
        assertEquals(
                "2026-03-01",
                stored.get("customFields").get("fGasChecks").get(0).get("on").asText());
        assertEquals(type, stored.get("typeCode").asText());

        Api.Reply withoutType =
                office.post("equipment", equipment(customerId, null, Map.of("refrigerant", "R32"), null));
        assertEquals(List.of("customFields"), fields(withoutType.json()));
    }

    @Test
    void aPlantMovesSiteWithItsEquipmentAndTheirComponentsKeepingEachHistory() {
        JsonNode customer = office.get("customers/" + customerId("501.00001")).json();
        long customerId = customer.get("id").asLong();
        long firstSite = addSite(customer, "PV roof " + run);
        long secondSite = addSite(office.get("customers/" + customerId).json(), "PV ground " + run);

        JsonNode plant = office.post(
                        "plants",
                        Map.of("customerId", customerId, "siteId", firstSite, "name", "Photovoltaic field " + run))
                .json();
        long plantId = plant.get("id").asLong();
        JsonNode inverter = office.post("equipment", placed(customerId, "Inverter", "INV-" + run, "plantId", plantId))
                .json();
        assertEquals(firstSite, inverter.get("siteId").asLong(), "equipment in a plant stands at the plant's site");
        JsonNode board = office.post(
                        "equipment",
                        placed(
                                customerId,
                                "Control board",
                                "BRD-" + run,
                                "parentId",
                                inverter.get("id").asLong()))
                .json();
        office.post(
                "equipment",
                placed(
                        customerId,
                        "Fan",
                        "FAN-" + run,
                        "parentId",
                        board.get("id").asLong()));

        JsonNode tree = office.get("plants/" + plantId).json().get("equipment");
        assertEquals(1, tree.size(), "components are listed under their parent, not beside it");
        assertEquals(
                "Fan",
                tree.get(0)
                        .get("components")
                        .get(0)
                        .get("components")
                        .get(0)
                        .get("description")
                        .asText());

        Api.Reply moved = office.put(
                "plants/" + plantId,
                Map.of(
                        "version",
                        plant.get("version").asLong(),
                        "customerId",
                        customerId,
                        "siteId",
                        secondSite,
                        "name",
                        "Photovoltaic field " + run));
        assertEquals(200, moved.status(), moved::toString);
        JsonNode fan = moved.json()
                .get("equipment")
                .get(0)
                .get("components")
                .get(0)
                .get("components")
                .get(0);
        assertEquals(secondSite, fan.get("siteId").asLong(), "the fan moved with the plant");

        JsonNode fanMoves =
                office.get("equipment/" + fan.get("id").asLong() + "/moves").json();
        assertEquals(1, fanMoves.size());
        assertEquals(firstSite, fanMoves.get(0).get("fromSiteId").asLong());
        assertEquals(secondSite, fanMoves.get(0).get("toSiteId").asLong());
        assertEquals(
                inverter.get("id").asLong(), fanMoves.get(0).get("movedWithId").asLong());

        JsonNode history =
                office.get("equipment/" + fan.get("id").asLong() + "/history").json();
        List<String> kinds = StreamSupport.stream(history.spliterator(), false)
                .map(entry -> entry.get("kind").asText())
                .toList();
        assertEquals(List.of("MOVED", "REGISTERED"), kinds, history::toString);
        assertTrue(history.get(0).get("text").asText().startsWith("Moved to PV ground " + run), history::toString);

        Api.Reply cycle = office.post(
                "equipment/" + inverter.get("id").asLong() + "/moves",
                Map.of(
                        "version",
                        office.get("equipment/" + inverter.get("id").asLong())
                                .json()
                                .get("version")
                                .asLong(),
                        "parentId",
                        fan.get("id").asLong()));
        assertEquals(List.of("parentId"), fields(cycle.json()), "an inverter cannot go inside its own fan");
    }

    @Test
    void serialSearchFindsBothSerialsByTheirStartAndACustomerOnlyItsOwn() {
        long ownId = customerId("501.00001");
        long otherId = customerId("501.00002");
        office.post("equipment", withSerials(ownId, "Copier", "Zx-" + run + "-01", "MFR" + run + "A"));
        office.post("equipment", withSerials(ownId, "Copier", "ZX-" + run + "-02", null));
        JsonNode theirs = office.post("equipment", withSerials(otherId, "Copier", "ZX-" + run + "-03", null))
                .json();

        assertEquals(
                3, office.get("equipment?serial=zx-" + run).json().get("items").size());
        assertEquals(
                1,
                office.get("equipment?serial=zx-%20" + run + "-02")
                        .json()
                        .get("items")
                        .size(),
                "case and blanks do not matter");
        assertEquals(
                1,
                office.get("equipment?serial=mfr" + run).json().get("items").size(),
                "the manufacturer's serial is searched too");
        assertEquals(
                0,
                office.get("equipment?serial=" + run).json().get("items").size(),
                "a serial's start, not its middle");
        assertEquals(
                0,
                office.get("equipment?serial=ZX%25" + run).json().get("items").size(),
                "% is a character");

        Api customer1 = Api.as("customer1");
        assertEquals(
                2,
                customer1.get("equipment?serial=zx-" + run).json().get("items").size());
        assertEquals(
                404, customer1.get("equipment/" + theirs.get("id").asLong()).status());
        assertEquals(
                404,
                customer1
                        .get("equipment?serial=zx-" + run + "&customerId=" + otherId)
                        .status(),
                "asking for another customer's base is refused");
    }

    @Test
    void attachmentsAreCheckedKeptWithThumbnailsAndServedOnlyToWhoMaySeeTheirOwner() throws IOException {
        long ownId = customerId("501.00001");
        long otherId = customerId("501.00002");
        long ownSite = office.get("customers/" + ownId)
                .json()
                .get("sites")
                .get(0)
                .get("id")
                .asLong();
        long plant = office.post("plants", Map.of("customerId", ownId, "siteId", ownSite, "name", "Boiler room " + run))
                .json()
                .get("id")
                .asLong();
        byte[] photo = png(1200, 800);

        Api.Reply attached = office.upload(
                "plants/" + plant + "/attachments?name=C:%5Cphotos%5Cboiler.png&caption=North%20wall",
                photo,
                "application/octet-stream");
        assertEquals(201, attached.status(), attached::toString);
        JsonNode kept = attached.json();
        assertEquals("boiler.png", kept.get("fileName").asText(), "the directory part is dropped");
        assertEquals("image/png", kept.get("mediaType").asText(), "the type comes from the bytes");
        assertEquals("North wall", kept.get("caption").asText());
        assertTrue(kept.get("thumbnail").asBoolean());
        long attachmentId = kept.get("id").asLong();
        assertEquals(
                attachmentId,
                office.get("plants/" + plant + "/attachments")
                        .json()
                        .get(0)
                        .get("id")
                        .asLong());

        Api.Download original = Api.as("customer1").download("attachments/" + attachmentId);
        assertEquals(200, original.status(), "customer1 sees the files of its own plant");
        assertArrayEquals(photo, original.bytes());
        Api.Download thumbnail = office.download("attachments/" + attachmentId + "/thumbnail");
        assertEquals("image/jpeg", thumbnail.contentType());
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail.bytes()));
        assertEquals(320, small.getWidth());

        JsonNode theirs = office.post("equipment", withSerials(otherId, "Copier", "ATT-" + run, null))
                .json();
        long theirsId = theirs.get("id").asLong();
        long theirFile = office.upload(
                        "equipment/" + theirsId + "/attachments?name=manual.pdf",
                        "%PDF-1.4 manual".getBytes(StandardCharsets.US_ASCII),
                        "application/pdf")
                .json()
                .get("id")
                .asLong();
        Api customer1 = Api.as("customer1");
        assertEquals(404, customer1.download("attachments/" + theirFile).status(), "another customer's file");
        assertEquals(
                404, customer1.get("equipment/" + theirsId + "/attachments").status());
        assertEquals(
                403,
                customer1
                        .upload(
                                "equipment/" + theirsId + "/attachments?name=x.pdf",
                                "%PDF-1.4".getBytes(StandardCharsets.US_ASCII),
                                "application/pdf")
                        .status(),
                "customers do not upload");
        assertEquals(
                404, office.download("attachments/" + theirFile + "/thumbnail").status(), "a PDF has no thumbnail");

        Api.Reply disguised = office.upload(
                "equipment/" + theirsId + "/attachments?name=photo.jpg",
                new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0},
                "image/jpeg");
        assertEquals(400, disguised.status());
        assertEquals(List.of("file"), fields(disguised.json()));
        Api.Reply oversized = office.upload(
                "equipment/" + theirsId + "/attachments?name=huge.pdf", new byte[10_485_761], "application/pdf");
        assertEquals(400, oversized.status(), oversized::toString);
        assertEquals(List.of("file"), fields(oversized.json()));
        assertEquals(
                1, office.get("equipment/" + theirsId + "/attachments").json().size(), "nothing refused was kept");

        assertEquals(204, office.delete("attachments/" + theirFile).status());
        assertEquals(404, office.download("attachments/" + theirFile).status());
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private long addSite(JsonNode customer, String name) {
        JsonNode updated = office.post(
                        "customers/" + customer.get("id").asLong() + "/sites",
                        Map.of("version", customer.get("version").asLong(), "name", name))
                .json();
        return StreamSupport.stream(updated.get("sites").spliterator(), false)
                .filter(site -> site.get("name").asText().equals(name))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();
    }

    private long customerId(String code) {
        return office.get("customers?code=" + code)
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
    }

    private static Map<String, Object> field(String key, String label, String kind, boolean required, String options) {
        Map<String, Object> field =
                new HashMap<>(Map.of("key", key, "label", label, "kind", kind, "required", required));
        if (options != null) {
            field.put("options", options);
        }
        return field;
    }

    private static Map<String, Object> equipment(
            long customerId, String type, Map<String, Object> custom, String serial) {
        Map<String, Object> body =
                new HashMap<>(Map.of("customerId", customerId, "description", "Heat pump", "customFields", custom));
        if (type != null) {
            body.put("typeCode", type);
        }
        if (serial != null) {
            body.put("serialNumber", serial);
        }
        return body;
    }

    private static Map<String, Object> placed(
            long customerId, String description, String serial, String where, long id) {
        return Map.of("customerId", customerId, "description", description, "serialNumber", serial, where, id);
    }

    private static Map<String, Object> withSerials(long customerId, String description, String serial, String maker) {
        Map<String, Object> body =
                new HashMap<>(Map.of("customerId", customerId, "description", description, "serialNumber", serial));
        if (maker != null) {
            body.put("manufacturerSerial", maker);
        }
        return body;
    }

    private static List<String> fields(JsonNode problem) {
        return StreamSupport.stream(problem.get("errors").spliterator(), false)
                .map(error -> error.get("field").asText())
                .toList();
    }
}
