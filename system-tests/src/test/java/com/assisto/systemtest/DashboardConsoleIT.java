package com.assisto.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The home dashboard in headless Chromium: its figures are the database's own counts, a figure
 * opens the list behind it with the same count, and administrators see the nightly jobs.
 */
class DashboardConsoleIT extends DeployedAssisto {

    @Test
    void theBackOfficeSeesTheDatabasesFiguresAndOpensTheListBehindOne() throws Exception {
        try (Browser browser = new Browser()) {
            browser.driver.manage().window().setSize(new Dimension(1280, 900));
            browser.logIn("office", "office");
            browser.open("index.xhtml");
            long ending30 = Database.count("SELECT COUNT(*) FROM contract WHERE status = 'ACTIVE'"
                    + " AND end_date BETWEEN CURRENT_DATE AND CURRENT_DATE + 29");
            long ending90 = Database.count("SELECT COUNT(*) FROM contract WHERE status = 'ACTIVE'"
                    + " AND end_date BETWEEN CURRENT_DATE AND CURRENT_DATE + 89");
            long quotes = Database.count("SELECT COUNT(*) FROM contract WHERE status = 'QUOTE'");
            long unread =
                    Database.count("SELECT COUNT(*) FROM inbox_message WHERE recipient = 'office' AND read_at IS NULL");
            List<WebElement> ending =
                    browser.driver.findElements(By.cssSelector("a[id$=':ending'] .assisto-figure-value"));
            assertEquals(3, ending.size());
            assertEquals(String.valueOf(ending30), ending.get(0).getText());
            assertEquals(String.valueOf(ending90), ending.get(2).getText());
            assertTrue(ending90 > 0, "the demo company has contracts ending in the next 90 days");
            assertEquals(String.valueOf(quotes), value(browser, "quotes"));
            assertEquals(String.valueOf(unread), value(browser, "unreadWarnings"));
            long months = browser.driver
                    .findElements(By.cssSelector("#expiryChart .assisto-bar-row"))
                    .size();
            assertEquals(12, months);
            long inChart = browser.driver.findElements(By.cssSelector("#expiryChart .assisto-bar-value")).stream()
                    .mapToLong(cell -> Long.parseLong(cell.getText()))
                    .sum();
            assertEquals(
                    Database.count(
                            "SELECT COUNT(*) FROM contract WHERE status = 'ACTIVE' AND end_date BETWEEN CURRENT_DATE"
                                    + " AND (DATE_TRUNC('month', CURRENT_DATE) + INTERVAL '12 months' - INTERVAL '1 day')::date"),
                    inChart);
            assertTrue(
                    browser.driver.findElements(By.id("jobHealth")).isEmpty(),
                    "the runs' health is for administrators");
            browser.screenshot("home-office-1280");
            // at tablet width the figures and the chart still fit beside nothing: no sideways scrolling
            browser.driver.manage().window().setSize(new Dimension(1024, 768));
            browser.open("index.xhtml");
            assertEquals(
                    0L,
                    ((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                                    .executeScript("return document.documentElement.scrollWidth"
                                            + " - document.documentElement.clientWidth"))
                            .longValue(),
                    "the home page scrolls sideways at 1024 px");
            browser.screenshot("home-office-1024");
            browser.driver.manage().window().setSize(new Dimension(1280, 900));
            browser.open("index.xhtml");

            browser.driver
                    .findElements(By.cssSelector("a[id$=':ending']"))
                    .get(2)
                    .click();
            browser.waitFor(d -> d.getCurrentUrl().contains("contracts.xhtml"));
            browser.ajaxIdle();
            String report = browser.text(By.cssSelector("[id='contracts:table'] .ui-paginator-current"));
            assertTrue(report.endsWith("/ " + ending90), report);
        }
    }

    @Test
    void theAdministratorSeesTheNightlyJobsAndATechnicianNoCompanyFigures() throws Exception {
        try (Browser browser = new Browser()) {
            browser.logIn("admin", "admin");
            browser.open("index.xhtml");
            assertEquals(
                    3,
                    browser.driver
                            .findElements(By.cssSelector("[id='jobs_data'] tr"))
                            .size());
            assertTrue(browser.text(By.id("jobs_data")).contains("Renewals and revaluations"));
        }
        try (Browser browser = new Browser()) {
            browser.logIn("tech1", "tech1");
            browser.open("index.xhtml");
            assertTrue(browser.driver.findElements(By.id("dashboard")).isEmpty());
            assertTrue(browser.driver.findElement(By.id("openContracts")).isDisplayed());
        }
    }

    private static String value(Browser browser, String figure) {
        return browser.text(By.cssSelector("a[id='" + figure + "'] .assisto-figure-value"));
    }
}
