package com.assisto.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The contract editor in headless Chromium: a quote with two lines, priced as typed, then confirmed. */
class ContractConsoleIT extends DeployedAssisto {

    private static final By LINE_ROWS =
            By.cssSelector("[id='contract:tabs:lines_data'] tr:not(.ui-datatable-empty-message)");

    @Test
    void theBackOfficeQuotesTwoLinesSeesTheirPricesExplainedAndConfirmsTheQuote() throws Exception {
        ContractFixtures setup = new ContractFixtures("KB", "910");
        try (Browser browser = new Browser()) {
            try {
                quoteAndConfirm(setup, browser);
            } catch (RuntimeException | AssertionError failure) {
                browser.screenshot("contract-console-failure");
                throw failure;
            }
        }
    }

    private static void quoteAndConfirm(ContractFixtures setup, Browser browser) throws Exception {
        browser.logIn("office", "office");
        browser.open("contract.xhtml");
        WebElement formBeforeTypeChange = browser.driver.findElement(By.id("newQuote:customer_input"));
        browser.choose("newQuote:type", "910 – Full service KB");
        // the form is rendered again with the chosen type's fields
        browser.waitFor(ExpectedConditions.stalenessOf(formBeforeTypeChange));
        // the customer is found by the start of its name, without regard to case
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("newQuote:customer_input")))
                .sendKeys("cliente kb");
        browser.waitFor(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("[id='newQuote:customer_panel'] li[data-item-label='KB-C – Cliente KB Srl']")))
                .click();
        browser.waitFor(
                d -> d.findElement(By.id("newQuote:customerName")).getText().contains("Cliente KB Srl"));
        browser.driver.findElement(By.cssSelector("input.cf-responseHours")).sendKeys("8");
        browser.screenshot("contract-new-quote");
        browser.driver.findElement(By.id("newQuote:create")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("contract.xhtml?id="));
        long id = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));

        browser.choose("contract:tabs:equipment", "Copier KB s/n KB-SN1");
        browser.waitFor(d -> d.findElement(By.id("contract:tabs:previewExplanation"))
                .getText()
                .startsWith("tariff KB-T 30.00/month"));
        browser.driver.findElement(By.id("contract:tabs:add")).click();
        browser.waitFor(d -> d.findElements(LINE_ROWS).size() == 1);

        browser.driver.findElement(By.id("contract:tabs:item")).sendKeys("KB-FX");
        WebElement price = browser.driver.findElement(By.id("contract:tabs:manualPrice_input"));
        price.sendKeys("200");
        browser.leaveField();
        browser.waitFor(d -> d.findElement(By.id("contract:tabs:previewExplanation"))
                .getText()
                .startsWith("Manual price 200.00"));
        browser.driver.findElement(By.id("contract:tabs:add")).click();
        browser.waitFor(d -> d.findElements(LINE_ROWS).size() == 2);
        browser.waitFor(d -> d.findElement(By.id("value")).getText().contains("560.00"));
        assertTrue(browser.text(LINE_ROWS).contains("tariff KB-T 30.00/month on"), browser.text(LINE_ROWS));
        browser.screenshot("contract-quote-two-lines");

        browser.driver.findElement(By.id("contract:confirm")).click();
        browser.waitFor(d -> d.findElement(By.id("status")).getText().equals("Active"));
        browser.driver
                .findElement(By.cssSelector("a[href='#contract:tabs:scheduleTab']"))
                .click();
        browser.waitFor(d -> d.findElements(By.cssSelector("[id='contract:tabs:instalments_data'] tr"))
                        .size()
                == 4);
        assertTrue(browser.text(By.id("contract:tabs:instalments_data")).contains("Planned"));
        browser.screenshot("contract-confirmed");

        JsonNode contract = setup.office.get("contracts/" + id).json();
        browser.open("contracts.xhtml?customer=KB-C");
        browser.waitFor(d -> d.findElements(By.cssSelector("[id='contracts:table_data'] tr a"))
                        .size()
                == 1);
        assertEquals(contract.get("number").asText(), browser.text(By.cssSelector("[id='contracts:table_data'] tr a")));
        assertTrue(browser.text(By.id("contracts:table_data")).contains("Active"));
        browser.screenshot("contract-list");
        assertEquals("ACTIVE", contract.get("status").asText());
        assertEquals(2, contract.get("lines").size());
        assertEquals("560.00", contract.get("value").asText());
        assertTrue(contract.get("lines").get(1).get("price").get("manual").asBoolean());
    }
}
