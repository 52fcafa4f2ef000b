package com.assisto.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The ERP exchange page (X4) in a real browser: a stock file with two bad rows shows in the flows'
 * state and in the log; the back office opens the exchange, corrects one rejected row and replays
 * it into the stock, discards the other, and runs an outbound flow now.
 */
class ErpConsoleIT extends DeployedAssisto {

    private static final String RUN = String.valueOf(System.nanoTime() % 100_000);

    @Test
    void theBackOfficeOpensAnExchangeReplaysACorrectedRecordAndDiscardsAnother() throws Exception {
        Api office = Api.as("office");
        String item = office.get("items?limit=3")
                .json()
                .get("items")
                .get(2)
                .get("code")
                .asText();
        String replayedIn = "UA" + RUN;
        String discardedIn = "UB" + RUN;
        String fixedRow = item + ";" + replayedIn + ";6;0;0;2026-11-30;";
        long exchangeId = DropFolder.exchangeId(DropFolder.of("stock")
                .drop(
                        "stock-console-" + RUN + ".csv",
                        "cod_articolo;id_magazzino;giacenza;qta_ord_for;qta_ord_imp;dt_mod_ult_doc;dt_arrivo\n"
                                + item + ";" + replayedIn + ";six;0;0;2026-11-30;\n"
                                + item + ";" + discardedIn + ";1;-1;0;2026-11-30;\n"));
        long openBefore = openDeadLetters(office);

        try (Browser browser = new Browser()) {
            browser.logIn("office", "office");
            browser.open("index.xhtml");
            assertTrue(
                    browser.driver
                            .findElement(By.id("menuForm:menuErp"))
                            .getAttribute("href")
                            .endsWith("office/erp.xhtml"),
                    "the menu leads to the ERP exchange");
            browser.open("office/erp.xhtml");

            WebElement stock = browser.driver.findElement(By.cssSelector("tr.flow-stock"));
            assertTrue(stock.getText().contains("stock"), stock.getText());
            assertEquals(
                    String.valueOf(openBefore),
                    stock.findElement(By.cssSelector("[id$=':openLetters']")).getText());
            assertTrue(
                    browser.driver
                            .findElements(By.cssSelector("tr.flow-stock button[id$=':run']"))
                            .isEmpty(),
                    "an inbound folder has nothing to run");

            browser.choose("erp:flowFilter", "stock");
            browser.waitFor(d -> d.findElement(By.cssSelector("[id='erp:tabs:log_data'] tr td"))
                    .getText()
                    .equals(String.valueOf(exchangeId)));
            browser.driver.findElement(By.id("erp:tabs:log:0:open")).click();
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("erp:tabs:exchangeDetail")));
            assertTrue(browser.text(By.id("erp:tabs:exchangeDetail")).contains(String.valueOf(exchangeId)));
            assertEquals("2", browser.text(By.id("erp:tabs:received")));
            assertEquals("2", browser.text(By.id("erp:tabs:rejected")));
            String rejected = browser.text(By.id("erp:tabs:exchangeLetters"));
            assertTrue(rejected.contains("'six' is not a number"), rejected);
            assertTrue(rejected.contains("qta_ord_for cannot be negative"), rejected);
            browser.screenshot("erp-exchange");

            // correct the first rejected row and replay it
            browser.driver
                    .findElement(By.id("erp:tabs:exchangeLetters:0:openLetter"))
                    .click();
            WebElement payload = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("erp:payload")));
            assertEquals(item + ";" + replayedIn + ";six;0;0;2026-11-30;", payload.getAttribute("value"));
            payload.clear();
            payload.sendKeys(fixedRow);
            browser.driver.findElement(By.id("erp:replay")).click();
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-growl-message")));
            assertTrue(browser.text(By.id("growl_container")).contains("replayed"));
            browser.ajaxIdle();
            assertTrue(browser.text(By.id("erp:tabs:exchangeLetters")).contains("replayed"));
            assertEquals(0, onHand(office, item, replayedIn).compareTo(new BigDecimal("6")));

            // discard the second, after confirming
            browser.driver
                    .findElement(By.id("erp:tabs:exchangeLetters:1:openLetter"))
                    .click();
            browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("erp:discard")))
                    .click();
            browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                    .click();
            browser.waitFor(d ->
                    d.findElement(By.id("erp:tabs:exchangeLetters")).getText().contains("discarded"));
            assertEquals(openBefore - 2, openDeadLetters(office));

            // an outbound flow runs now
            WebElement run = browser.driver.findElement(By.cssSelector("tr.flow-delivery-notes button[id$=':run']"));
            // clear of the fixed top bar, which would take the click
            ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeScript("arguments[0].scrollIntoView({block: 'center'})", run);
            run.click();
            browser.waitFor(d -> d.findElement(By.id("growl_container"))
                    .getText()
                    .contains("The flow delivery notes to invoice ran"));
        }
        JsonNode detail = office.get("erp/exchanges/" + exchangeId).json().get("deadLetters");
        assertEquals("REPLAYED", detail.get(0).get("status").asText());
        assertEquals(fixedRow, detail.get(0).get("payload").asText(), "the corrected record is kept");
        assertEquals("DISCARDED", detail.get(1).get("status").asText());
        assertEquals("office", detail.get(1).get("resolvedBy").asText());
    }

    private static long openDeadLetters(Api office) {
        for (JsonNode flow : office.get("erp/flows").json()) {
            if (flow.get("flow").asText().equals("stock")) {
                return flow.get("openDeadLetters").asLong();
            }
        }
        throw new AssertionError("no stock flow");
    }

    private static BigDecimal onHand(Api office, String code, String warehouse) {
        for (JsonNode found : office.get("items?limit=5&q=" + code).json().get("items")) {
            if (found.get("code").asText().equals(code)) {
                for (JsonNode level : found.get("stock")) {
                    if (level.get("warehouse").asText().equals(warehouse)) {
                        return level.get("onHand").decimalValue();
                    }
                }
            }
        }
        throw new AssertionError("no stock of " + code + " in " + warehouse);
    }
}
