package com.assisto.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The installed base in the console at a tablet's width: the back office defines an equipment
 * type with its card and counters, registers a machine of that type filling in its card, finds it
 * by the start of its serial number, and adds a photo that shows as a thumbnail.
 */
class InstalledBaseConsoleIT extends DeployedAssisto {

    private final Api office = Api.as("office");
    private final String run =
            Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();

    @Test
    void aTypeIsDefinedAMachineRegisteredWithItsCardFoundAndPhotographed() throws Exception {
        String type = "CB-" + run;
        long customerId = office.get("customers?code=501.00001")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        try (Browser browser = new Browser()) {
            browser.logIn("office", "office");

            browser.open("master/equipment-types.xhtml");
            browser.driver.findElement(By.id("types:new")).click();
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("types:code")));
            browser.driver.findElement(By.id("types:code")).sendKeys(type);
            browser.driver.findElement(By.id("types:name")).sendKeys("Coffee bar machine " + run);
            browser.driver.findElement(By.id("types:addField")).click();
            browser.waitFor(d -> d.findElements(By.id("types:fields:0:key")).size() == 1);
            browser.driver.findElement(By.id("types:fields:0:key")).sendKeys("groups");
            browser.driver.findElement(By.id("types:fields:0:label")).sendKeys("Brewing groups");
            browser.choose("types:fields:0:kind", "NUMBER");
            browser.driver.findElement(By.id("types:addCounter")).click();
            browser.waitFor(d -> d.findElements(By.id("types:counters:0:key")).size() == 1);
            browser.driver.findElement(By.id("types:counters:0:key")).sendKeys("cups");
            browser.driver.findElement(By.id("types:counters:0:label")).sendKeys("Cups served");
            browser.driver.findElement(By.id("types:save")).click();
            browser.waitFor(
                    d -> d.findElement(By.cssSelector(".ui-growl")).getText().contains("Equipment type saved"));
            JsonNode stored = office.get("equipment-types/" + type).json();
            assertEquals("groups", stored.get("fields").get(0).get("key").asText());
            assertEquals("NUMBER", stored.get("fields").get(0).get("kind").asText());
            assertEquals("cups", stored.get("counters").get(0).get("key").asText());

            browser.open("equipment.xhtml?customerId=" + customerId);
            browser.choose("equipment:tabs:type", "Coffee bar machine " + run);
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input.cf-groups")));
            browser.driver.findElement(By.id("equipment:tabs:serial")).sendKeys("CB" + run + "-7");
            browser.driver.findElement(By.id("equipment:tabs:description")).sendKeys("Espresso machine, two groups");
            browser.driver.findElement(By.cssSelector("input.cf-groups")).sendKeys("2");
            browser.driver.findElement(By.id("equipment:tabs:save")).click();
            browser.waitFor(d -> d.getCurrentUrl().contains("equipment.xhtml?id="));
            long id = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            JsonNode machine = office.get("equipment/" + id).json();
            assertEquals(type, machine.get("typeCode").asText());
            assertEquals(2, machine.get("customFields").get("groups").asInt(), "the card was saved with the machine");
            assertEquals(customerId, machine.get("customerId").asLong());

            browser.open("installed-base.xhtml");
            browser.driver.findElement(By.id("base:serial")).sendKeys("cb" + run);
            browser.driver.findElement(By.id("base:search")).click();
            browser.waitFor(d ->
                    d.findElement(By.id("base:tabs:equipment_data")).getText().contains("Espresso machine"));
            assertEquals(
                    1,
                    browser.driver
                            .findElements(By.cssSelector("[id='base:tabs:equipment_data'] tr"))
                            .size());

            browser.open("equipment.xhtml?id=" + id);
            browser.driver
                    .findElement(By.cssSelector("a[href='#equipment:tabs:filesTab']"))
                    .click();
            Path photo = Files.createTempFile("machine", ".png");
            ImageIO.write(new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
            browser.waitFor(
                    ExpectedConditions.presenceOfElementLocated(By.id("equipment:tabs:attachmentUpload_input")));
            browser.driver
                    .findElement(By.id("equipment:tabs:attachmentUpload_input"))
                    .sendKeys(photo.toAbsolutePath().toString());
            browser.waitFor(d -> !d.findElements(By.cssSelector("img.attachment-thumbnail, .attachment-thumbnail img"))
                    .isEmpty());
            String source = browser.driver
                    .findElement(By.cssSelector("img.attachment-thumbnail, .attachment-thumbnail img"))
                    .getAttribute("src");
            assertTrue(
                    source.startsWith("data:image/jpeg;base64,"),
                    "the thumbnail is written into the page: " + source.substring(0, 40));
            JsonNode files = office.get("equipment/" + id + "/attachments").json();
            assertEquals(1, files.size());
            assertTrue(files.get(0).get("thumbnail").asBoolean());
            browser.screenshot("equipment-with-photo");
        }
    }
}
