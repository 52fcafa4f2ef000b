package com.assisto.systemtest;

import static com.assisto.systemtest.ContractFixtures.created;
import static com.assisto.systemtest.ContractFixtures.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The contract lifecycle in headless Chromium: index values imported from CSV with a bad row
 * reported, an index clause set on a contract with the next renewal's price previewed, the
 * expiry warning read in the inbox, and a renewal run started from the console whose result
 * and revaluation are shown.
 *
 * <p>The contract lives in 2008 and the run is dated 1 January 2009: no other test has a
 * contract ending that early, so the run touches only this one.
 */
class LifecycleConsoleIT extends DeployedAssisto {

    @Test
    void theBackOfficeKeepsTheIndexSetsTheClauseReadsTheWarningAndTheAdministratorRunsTheRenewal() throws Exception {
        ContractFixtures fixtures = new ContractFixtures("LC", "920");
        created(fixtures.office.post(
                "indices",
                map(
                        "code",
                        "LC-IDX",
                        "name",
                        "Index LC",
                        "variationDecimals",
                        1,
                        "bases",
                        List.of(map("label", "2000=100", "from", "2000-01")))));
        JsonNode contract = created(fixtures.office.post(
                "contracts",
                map(
                        "type",
                        fixtures.typeCode,
                        "customerId",
                        fixtures.customerId,
                        "startDate",
                        "2008-01-01",
                        "autoRenew",
                        true,
                        "confirmed",
                        true,
                        "customFields",
                        Map.of("responseHours", 8),
                        "lines",
                        List.of(map("itemCode", "LC-FX", "price", new BigDecimal("1000.00"))))));
        long contractId = contract.get("id").asLong();
        // two years from December 2007 at the full FOI-like variation: an anniversary on 1 December 2008
        JsonNode twoYears = created(fixtures.office.post(
                "contracts",
                map(
                        "type",
                        fixtures.typeCode,
                        "customerId",
                        fixtures.customerId,
                        "startDate",
                        "2007-12-01",
                        "durationMonths",
                        24,
                        "renewalMonths",
                        24,
                        "billingMonths",
                        3,
                        "autoRenew",
                        true,
                        "customFields",
                        Map.of("responseHours", 8),
                        "lines",
                        List.of(map("itemCode", "LC-FX", "price", new BigDecimal("2400.00"))))));
        fixtures.confirm(fixtures.office
                .put(
                        "contracts/" + twoYears.get("id").asLong() + "/revaluation",
                        map(
                                "version",
                                twoYears.get("version").asLong(),
                                "revaluation",
                                map("indexCode", "LC-IDX", "sharePercent", 100, "lagMonths", 1)))
                .json());
        try (Browser browser = new Browser()) {
            try {
                browser.logIn("office", "office");
                importIndexValues(browser);
                setClauseAndPreview(browser, contractId);
                anniversaryPreview(browser, twoYears.get("id").asLong());
                readWarning(browser, contract.get("number").asText());
                browser.driver.findElement(By.id("menuForm:logout")).click();
                browser.waitFor(d -> d.getCurrentUrl().contains("login.xhtml"));
                browser.logIn("admin", "admin");
                runRenewal(browser, contract.get("number").asText());
            } catch (RuntimeException | AssertionError failure) {
                browser.screenshot("lifecycle-console-failure");
                throw failure;
            }
        }
        JsonNode successor = fixtures.office
                .get("contracts/" + contractId + "/renewal-outcomes")
                .json()
                .get(0);
        assertEquals("RENEWED", successor.get("result").asText());
        assertEquals(
                0,
                new BigDecimal("1010.50")
                        .compareTo(fixtures.office
                                .get("contracts/" + successor.get("successorId").asLong())
                                .json()
                                .get("value")
                                .decimalValue()));
    }

    private static void importIndexValues(Browser browser) throws Exception {
        browser.open("office/indices.xhtml");
        browser.choose("indices:index", "LC-IDX – Index LC");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("indices:upload_input")));
        Path csv = Files.createTempFile("index-lc", ".csv");
        Files.writeString(
                csv,
                "month;value;provisional\n2007-11;100,0;false\n2008-11;102.1;true\n2008-13;1;false\n",
                StandardCharsets.UTF_8);
        browser.driver
                .findElement(By.id("indices:upload_input"))
                .sendKeys(csv.toAbsolutePath().toString());
        browser.waitFor(d -> d.findElements(By.id("indices:reportSummary")).size() == 1);
        assertEquals("2 inserted, 0 updated, 0 unchanged, 1 rejected", browser.text(By.id("indices:reportSummary")));
        String rejected = browser.text(By.id("indices:rejected_data"));
        assertTrue(rejected.startsWith("4") && rejected.contains("2008-13"), rejected);
        String values = browser.text(By.id("indices:values_data"));
        assertTrue(values.contains("2008-11") && values.contains("102.1") && values.contains("Provisional"), values);
        browser.screenshot("index-imported");

        browser.driver.findElement(By.id("indices:variationFrom")).sendKeys("2007-11");
        browser.driver.findElement(By.id("indices:variationTo")).sendKeys("2008-11");
        browser.driver.findElement(By.id("indices:computeVariation")).click();
        browser.waitFor(d -> d.findElement(By.id("indices:variation")).getText().endsWith("= +2.1 %"));
    }

    private static void setClauseAndPreview(Browser browser, long contractId) throws java.io.IOException {
        browser.open("contract.xhtml?id=" + contractId);
        browser.driver
                .findElement(By.cssSelector("a[href='#contract:tabs:renewalTab']"))
                .click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("contract:tabs:revaluationState")));
        assertEquals("Prices are not revalued by an index.", browser.text(By.id("contract:tabs:revaluationState")));
        browser.choose("contract:tabs:indexCode", "LC-IDX – Index LC");
        type(browser, "contract:tabs:share_input", "50");
        type(browser, "contract:tabs:lag_input", "2");
        WebElement before = browser.driver.findElement(By.id("contract:tabs:revaluationState"));
        browser.driver.findElement(By.id("contract:tabs:saveRevaluation")).click();
        browser.waitFor(ExpectedConditions.stalenessOf(before));
        browser.waitFor(d ->
                d.findElement(By.id("contract:tabs:revaluationState")).getText().startsWith("Prices follow the index"));
        String preview = browser.text(By.id("contract:tabs:previewRevaluation"));
        assertTrue(preview.contains("2007-11") && preview.contains("2008-11") && preview.contains("50"), preview);
        assertTrue(
                browser.text(By.cssSelector("[id$=':nextTotal']")).contains("1,010.50"),
                browser.text(By.id("contract:tabs:previewLines")));
        assertTrue(browser.text(By.id("contract:tabs:previewDecision")).startsWith("Renews as"));

        browser.driver.findElement(By.id("contract:tabs:responsible_label")).click();
        browser.waitFor(
                d -> d.findElement(By.id("contract:tabs:responsible_panel")).isDisplayed());
        browser.driver
                .findElement(By.cssSelector("[id='contract:tabs:responsible_panel'] li[data-label^='office –']"))
                .click();
        type(browser, "contract:tabs:warningDays_input", "30");
        browser.driver.findElement(By.id("contract:tabs:saveWarnings")).click();
        browser.waitFor(d -> d.findElement(By.id("growl_container")).getText().contains("Saved"));
        browser.screenshot("contract-renewal-tab");
    }

    private static void anniversaryPreview(Browser browser, long contractId) {
        browser.open("contract.xhtml?id=" + contractId);
        browser.driver
                .findElement(By.cssSelector("a[href='#contract:tabs:renewalTab']"))
                .click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("contract:tabs:anniversaryEffect")));
        // the four quarters of the second year: 300.00 × 1.021 = 306.30
        assertEquals(
                "Moves the 4 instalments not yet billed from 1,200.00 to 1,225.20.",
                browser.text(By.id("contract:tabs:anniversaryEffect")));
        assertTrue(
                browser.text(By.id("contract:tabs:anniversary")).contains("Dec 1, 2008"),
                browser.text(By.id("contract:tabs:anniversary")));
    }

    private static void readWarning(Browser browser, String number) {
        Api.Reply sent = Api.as("admin").post("warnings/runs?date=2008-12-10", null);
        assertEquals(200, sent.status(), sent::toString);
        browser.open("inbox.xhtml");
        browser.waitFor(
                d -> d.findElement(By.id("inbox:messages_data")).getText().contains(number));
        int unreadBefore =
                Integer.parseInt(browser.text(By.id("menuForm:unread")).trim());
        WebElement row = browser.driver.findElements(By.cssSelector("[id='inbox:messages_data'] tr")).stream()
                .filter(tr -> tr.getText().contains(number))
                .findFirst()
                .orElseThrow();
        assertTrue(row.getAttribute("class").contains("unread"));
        row.findElement(By.cssSelector("a[id$=':open']")).click();
        browser.waitFor(d -> d.findElement(By.id("inbox:opened")).getText().contains("21 days left"));
        browser.open("inbox.xhtml");
        assertFalse(browser.text(By.id("inbox:messages_data")).contains(number), "read messages leave the unread list");
        List<WebElement> badge = browser.driver.findElements(By.id("menuForm:unread"));
        int unreadAfter =
                badge.isEmpty() ? 0 : Integer.parseInt(badge.get(0).getText().trim());
        assertEquals(unreadBefore - 1, unreadAfter);
        JsonNode message = Api.as("office").get("inbox?limit=50").json();
        JsonNode mine = null;
        for (JsonNode candidate : message) {
            if (candidate.get("subject").asText().contains(number)) {
                mine = candidate;
            }
        }
        assertNotNull(mine);
        assertFalse(mine.get("readAt").isNull(), mine::toString);
    }

    private static void runRenewal(Browser browser, String number) throws java.io.IOException {
        browser.open("office/renewals.xhtml");
        WebElement date = browser.driver.findElement(By.id("renewals:runDate_input"));
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2009-01-01");
        browser.driver.findElement(By.id("renewals:start")).click();
        browser.waitFor(d -> d.findElement(By.id("growl_container")).getText().contains("started"));
        By newest = By.cssSelector("[id='renewals:runs_data'] tr:first-child");
        String newestRun = browser.waitFor(d -> {
            String text = d.findElement(newest).getText();
            return text.contains("Completed") ? text : null;
        });
        assertTrue(newestRun.contains("On demand") && newestRun.contains("admin"), newestRun);
        // once no run is going on, the page stops refreshing itself (and replacing what the user reads)
        browser.waitFor(d -> Boolean.FALSE.equals(((JavascriptExecutor) d)
                .executeScript("var poll = PrimeFaces.widgets['runsPoll']; return !!(poll && poll.isActive());")));
        browser.driver
                .findElement(newest)
                .findElement(By.cssSelector("a[id$=':open']"))
                .click();
        // starting the run already showed its outcomes: wait for the reload the click asked for
        browser.ajaxIdle();
        String outcomes = browser.waitFor(d -> {
            String text = d.findElement(By.id("renewals:outcomes_data")).getText();
            return text.contains(number) ? text : null;
        });
        assertTrue(outcomes.contains("Renewed"), outcomes);
        browser.choose("renewals:result", "Failed");
        browser.waitFor(
                d -> d.findElement(By.id("renewals:outcomes_data")).getText().equals("Nothing found"));
        browser.choose("renewals:result", "Renewed");
        browser.waitFor(
                d -> d.findElement(By.id("renewals:outcomes_data")).getText().contains(number));
        browser.screenshot("renewal-run");

        browser.driver.findElements(By.cssSelector("[id='renewals:outcomes_data'] tr")).stream()
                .filter(tr -> tr.getText().contains(number))
                .findFirst()
                .orElseThrow()
                .findElements(By.tagName("a"))
                .get(1)
                .click();
        browser.waitFor(d -> d.getCurrentUrl().contains("contract.xhtml?id="));
        browser.driver
                .findElement(By.cssSelector("a[href='#contract:tabs:renewalTab']"))
                .click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("contract:tabs:revaluations_data")));
        String revaluations = browser.text(By.id("contract:tabs:revaluations_data"));
        assertTrue(
                revaluations.contains("LC-IDX 2007-11")
                        && revaluations.contains("1,010.50")
                        && revaluations.contains("1,000.00"),
                revaluations);
        assertTrue(browser.text(By.id("contract:tabs:lineage")).contains("This term renews"));
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.driver.findElement(By.id(id));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }
}
