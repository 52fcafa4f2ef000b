package com.assisto.systemtest;

import static com.assisto.systemtest.ContractFixtures.created;
import static com.assisto.systemtest.ContractFixtures.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Every tab of a running contract in headless Chromium, each served by its own bean: a line added
 * and one removed mid-term with their notes, the terms saved, a document generated, the history
 * read and the contract cancelled; then the contract type's schema and template edited.
 */
class ContractTabsConsoleIT extends DeployedAssisto {

    private static final By LINE_ROWS =
            By.cssSelector("[id='contract:tabs:lines_data'] tr:not(.ui-datatable-empty-message)");

    @Test
    void theBackOfficeWorksEveryTabOfARunningContractAndEditsItsType() throws Exception {
        ContractFixtures setup = new ContractFixtures("KT", "930");
        created(setup.office.post(
                "contract-types/930/templates",
                Map.of("name", "Standard", "locale", "en", "body", "<p>Contract ${contract.number}</p>")));
        // running since last month, so that today is inside its first term
        LocalDate start = LocalDate.now().withDayOfMonth(1).minusMonths(1);
        JsonNode contract = created(setup.office.post(
                "contracts",
                map(
                        "type",
                        setup.typeCode,
                        "customerId",
                        setup.customerId,
                        "startDate",
                        start.toString(),
                        "confirmed",
                        true,
                        "customFields",
                        Map.of("responseHours", 8),
                        "lines",
                        List.of(map("equipmentId", setup.equipmentId)))));
        long id = contract.get("id").asLong();
        try (Browser browser = new Browser()) {
            try {
                browser.logIn("office", "office");
                browser.open("contract.xhtml?id=" + id);
                changeLines(browser);
                assertNotes(setup, id, browser);
                saveTermsAndGenerate(setup, id, browser);
                readHistoryAndCancel(setup, id, browser);
                editType(setup, browser);
            } catch (RuntimeException | AssertionError failure) {
                browser.screenshot("contract-tabs-failure");
                throw failure;
            }
        }
    }

    private static void changeLines(Browser browser) {
        browser.driver.findElement(By.id("contract:tabs:item")).sendKeys("KT-FX");
        browser.driver.findElement(By.id("contract:tabs:manualPrice_input")).sendKeys("120");
        browser.leaveField();
        browser.waitFor(
                d -> d.findElement(By.id("contract:tabs:previewNote")).getText().contains("days"));
        browser.driver.findElement(By.id("contract:tabs:add")).click();
        browser.waitFor(d -> d.findElements(LINE_ROWS).size() == 2);
        browser.waitFor(
                d -> d.findElement(By.cssSelector(".ui-growl")).getText().contains("delivery note"));

        browser.ajaxIdle();
        browser.driver
                .findElements(By.cssSelector("[id='contract:tabs:lines_data'] button[id$=':remove']"))
                .get(1)
                .click();
        browser.waitFor(d ->
                d.findElement(By.id("contract:tabs:removalAmount")).getText().contains("days"));
        assertTrue(browser.text(By.id("contract:tabs:removal")).contains("Fax KT"));
        browser.driver.findElement(By.id("contract:tabs:confirmRemoval")).click();
        browser.waitFor(d -> d.findElements(By.cssSelector("[id='contract:tabs:lines_data'] tr.removed-line"))
                        .size()
                == 1);
    }

    private static void assertNotes(ContractFixtures setup, long id, Browser browser) {
        openTab(browser, "notesTab");
        browser.waitFor(d -> d.findElements(By.cssSelector("[id='contract:tabs:notes_data'] tr"))
                        .size()
                == 2);
        JsonNode notes = setup.office.get("contracts/" + id + "/delivery-notes").json();
        assertEquals(2, notes.size());
        String table = browser.text(By.id("contract:tabs:notes_data"));
        for (JsonNode note : notes) {
            assertTrue(table.contains(note.get("number").asText()), table);
        }
        assertEquals(
                0,
                new BigDecimal(notes.get(0).get("amount").asText())
                        .compareTo(new BigDecimal(notes.get(1).get("amount").asText())),
                "a line removed on the day it was added credits what it charged");
    }

    private static void saveTermsAndGenerate(ContractFixtures setup, long id, Browser browser) {
        openTab(browser, "termsTab");
        WebElement terms = browser.waitFor(d -> d.findElement(By.id("contract:tabs:paymentTerms")));
        terms.sendKeys(Keys.chord(Keys.CONTROL, "a"), "RB60");
        browser.driver.findElement(By.id("contract:tabs:saveTerms")).click();
        browser.waitFor(
                d -> d.findElement(By.cssSelector(".ui-growl")).getText().contains("Contract saved"));
        assertEquals(
                "RB60",
                setup.office.get("contracts/" + id).json().get("paymentTerms").asText());

        openTab(browser, "documentsTab");
        browser.waitFor(d -> d.findElement(By.id("contract:tabs:generate"))).click();
        browser.waitFor(d ->
                d.findElements(By.cssSelector("[id='contract:tabs:files_data'] tr:not(.ui-datatable-empty-message)"))
                                .size()
                        == 1);
        JsonNode files = setup.office.get("contracts/" + id + "/files").json();
        assertEquals(1, files.size());
        assertEquals("Standard", files.get(0).get("templateName").asText());
        assertTrue(browser.text(By.id("contract:tabs:files_data"))
                .contains(files.get(0).get("fileName").asText()));
    }

    private static void readHistoryAndCancel(ContractFixtures setup, long id, Browser browser) {
        openTab(browser, "historyTab");
        browser.waitFor(d -> d.findElements(By.cssSelector("[id='contract:tabs:history_data'] tr"))
                        .size()
                >= 4);
        browser.driver.findElement(By.id("contract:reason")).sendKeys("Customer closed the site");
        browser.driver.findElement(By.id("contract:cancel")).click();
        browser.waitFor(d -> d.findElement(By.id("status")).getText().equals("Cancelled"));
        assertEquals(
                "CANCELLED",
                setup.office.get("contracts/" + id).json().get("status").asText());
    }

    private static void editType(ContractFixtures setup, Browser browser) {
        browser.open("master/contract-types.xhtml");
        browser.driver.findElements(By.cssSelector("[id='types:list_data'] a[id$=':select']")).stream()
                .filter(link -> link.getText().equals("930"))
                .findFirst()
                .orElseThrow()
                .click();
        browser.waitFor(d ->
                d.findElements(By.cssSelector("[id='types:fields_data'] tr")).size() == 3);
        browser.driver.findElement(By.id("types:addField")).click();
        browser.waitFor(d ->
                d.findElements(By.cssSelector("[id='types:fields_data'] tr")).size() == 4);
        browser.driver.findElement(By.id("types:fields:3:key")).sendKeys("site");
        browser.driver.findElement(By.id("types:fields:3:label")).sendKeys("Site contact");
        browser.driver.findElement(By.id("types:save")).click();
        browser.waitFor(
                d -> d.findElement(By.cssSelector(".ui-growl")).getText().contains("Contract type saved"));
        JsonNode fields = setup.office.get("contract-types/930").json().get("fields");
        assertEquals(4, fields.size());
        assertEquals("Site contact", fields.get(3).get("label").asText());

        WebElement body = browser.waitFor(d -> d.findElement(By.id("types:templateBody")));
        body.sendKeys(Keys.chord(Keys.CONTROL, "a"), "<p>Contract ${contract.number}, signed</p>");
        browser.driver.findElement(By.id("types:saveTemplate")).click();
        browser.waitFor(
                d -> d.findElement(By.cssSelector(".ui-growl")).getText().contains("revision 2"));
        JsonNode revisions =
                setup.office.get("contract-types/930/templates/Standard").json();
        assertEquals(2, revisions.size());
    }

    private static void openTab(Browser browser, String tab) {
        browser.ajaxIdle();
        // by script: the growl of the last action may still cover the tab headers
        ((JavascriptExecutor) browser.driver)
                .executeScript(
                        "arguments[0].click()",
                        browser.driver.findElement(By.cssSelector("a[href='#contract:tabs:" + tab + "']")));
        browser.ajaxIdle();
    }
}
