package com.assisto.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The console in headless Chromium (P3): log in, customer list, filter, customer detail, language. */
class ConsoleIT extends DeployedAssisto {

    private static final By CITY_CELLS = By.cssSelector("[id='customers:table_data'] tr td:nth-child(4)");
    private static final By CODE_LINKS = By.cssSelector("[id='customers:table_data'] tr td:nth-child(1) a");

    @Test
    void backOfficeFindsACustomerByCityOpensItAndSwitchesLanguage() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open("customers.xhtml");
            assertTrue(browser.driver.getCurrentUrl().contains("login.xhtml"), "the console asks for a login first");

            browser.logIn("office", "office");
            browser.open("customers.xhtml");
            browser.waitFor(d -> d.findElements(CODE_LINKS).size() == 20);
            browser.screenshot("customers");

            WebElement cityFilter = browser.driver.findElement(By.id("customers:table:city:filter"));
            cityFilter.sendKeys("Torino");
            browser.waitFor(d -> {
                List<WebElement> cells = d.findElements(CITY_CELLS);
                return !cells.isEmpty()
                        && cells.stream().allMatch(cell -> cell.getText().equals("Torino"));
            });
            browser.screenshot("customers-torino");

            String code = browser.driver.findElements(CODE_LINKS).get(0).getText();
            browser.driver.findElements(CODE_LINKS).get(0).click();
            browser.waitFor(d -> d.getCurrentUrl().contains("customer.xhtml?id="));
            assertTrue(browser.text(By.id("customerName")).startsWith(code + " "), browser.text(By.id("customerName")));
            assertFalse(browser.text(By.id("customer:tabs:vat")).isBlank(), "the registry tab shows the VAT number");
            browser.driver
                    .findElement(By.cssSelector("a[href='#customer:tabs:sites']"))
                    .click();
            browser.waitFor(d -> d.findElement(By.id("customer:tabs:siteTable")).isDisplayed());
            assertFalse(browser.driver
                    .findElements(By.cssSelector("[id='customer:tabs:siteTable_data'] tr"))
                    .isEmpty());
            browser.screenshot("customer");

            assertTrue(browser.driver.getPageSource().contains("Master data"));
            browser.driver.findElement(By.id("menuForm:langIt")).click();
            browser.waitFor(d -> d.getPageSource().contains("Anagrafiche")
                    && !d.getPageSource().contains("Master data"));
            assertTrue(browser.driver.getPageSource().contains("Partita IVA"), "the customer page is now in Italian");
            browser.screenshot("customer-it");

            browser.open("customers.xhtml");
            browser.waitFor(d -> d.findElement(By.cssSelector("[id='customers:table:city'] .ui-column-title"))
                    .getText()
                    .equals("Località"));

            browser.driver.findElement(By.id("menuForm:langEn")).click();
            browser.waitFor(d -> d.findElement(By.cssSelector("[id='customers:table:city'] .ui-column-title"))
                    .getText()
                    .equals("City"));
        }
    }

    @Test
    void theLanguageChoiceIsRememberedForTheNextLogin() throws Exception {
        try (Browser browser = new Browser()) {
            browser.logIn("tech1", "tech1");
            browser.driver.findElement(By.id("menuForm:langIt")).click();
            browser.waitFor(d -> d.getPageSource().contains("Benvenuto"));
        }
        try (Browser browser = new Browser()) {
            browser.logIn("tech1", "tech1");
            browser.waitFor(d -> d.getPageSource().contains("Benvenuto"));
            browser.driver.findElement(By.id("menuForm:langEn")).click();
            browser.waitFor(d -> d.getPageSource().contains("Welcome"));
        }
    }

    @Test
    void aWrongPasswordStaysOnTheLoginPage() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open("login.xhtml");
            browser.driver.findElement(By.id("login:username")).sendKeys("office");
            browser.driver.findElement(By.id("login:password")).sendKeys("wrong" + Keys.ENTER);
            browser.waitFor(d -> d.getPageSource().contains("Wrong user name or password"));
            assertTrue(browser.driver.getCurrentUrl().contains("login.xhtml"));
        }
    }

    @Test
    void aCustomerUserSeesOnlyItsOwnCustomerAndNoAdministration() throws Exception {
        try (Browser browser = new Browser()) {
            browser.logIn("customer1", "customer1");
            browser.open("customers.xhtml");
            browser.waitFor(d -> d.findElements(CODE_LINKS).size() == 1);
            assertEquals(
                    "501.00001", browser.driver.findElements(CODE_LINKS).get(0).getText());

            String otherId = Api.as("office")
                    .get("customers?code=501.00002")
                    .json()
                    .get("items")
                    .get(0)
                    .get("id")
                    .asText();
            browser.open("customer.xhtml?id=" + otherId);
            browser.waitFor(d -> d.getPageSource().contains("Not found"));
            assertFalse(browser.driver.getPageSource().contains("501.00002"));

            browser.open("admin/users.xhtml");
            browser.waitFor(d -> d.getPageSource().contains("Not allowed"));
            for (String page : new String[] {"office/renewals.xhtml", "office/indices.xhtml", "inbox.xhtml"}) {
                browser.open(page);
                browser.waitFor(d -> d.getPageSource().contains("Not allowed"));
            }
        }
    }

    @Test
    void aTechnicianHasAnInboxButNoRenewalRunsOrIndexTables() throws Exception {
        try (Browser browser = new Browser()) {
            browser.logIn("tech1", "tech1");
            browser.open("inbox.xhtml");
            browser.waitFor(d -> d.findElements(By.id("inbox:messages")).size() == 1);
            for (String page : new String[] {"office/renewals.xhtml", "office/indices.xhtml"}) {
                browser.open(page);
                browser.waitFor(d -> d.getPageSource().contains("Not allowed"));
            }
        }
    }

    @Test
    void areasNotBuiltYetSaySo() throws Exception {
        try (Browser browser = new Browser()) {
            browser.logIn("admin", "admin");
            browser.open("area.xhtml?name=interventions");
            browser.waitFor(d -> d.findElement(By.id("areaTitle")).getText().equals("Interventions and work reports"));
            assertTrue(browser.driver.getPageSource().contains("Not available yet"));
            browser.open("admin/users.xhtml");
            browser.waitFor(d -> d.getPageSource().contains("customer1"));
            browser.screenshot("users");
        }
    }
}
