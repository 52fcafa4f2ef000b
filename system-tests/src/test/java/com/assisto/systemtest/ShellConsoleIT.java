package com.assisto.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The console's shell in headless Chromium at a desktop's and a tablet's width: a one-line top bar,
 * the side menu by area with only what the role may use, breadcrumbs, every resource of the page
 * found, and not-found and expired pages in the product's own look.
 */
class ShellConsoleIT extends DeployedAssisto {

    private static final By TOP_BAR = By.cssSelector(".assisto-topbar");
    private static final By SIDEBAR = By.cssSelector(".assisto-sidebar");

    @Test
    void theAdministratorsShellFitsOneLineAtDesktopAndTabletWidth() throws Exception {
        try (Browser browser = new Browser()) {
            browser.logIn("admin", "admin");
            for (Dimension size : List.of(new Dimension(1280, 900), new Dimension(1024, 768))) {
                browser.driver.manage().window().setSize(size);
                browser.open("contracts.xhtml");
                browser.ajaxIdle();
                browser.screenshot("shell-contracts-" + size.getWidth());
                WebElement bar = browser.driver.findElement(TOP_BAR);
                assertTrue(bar.getSize().getHeight() <= 50, size + ": the top bar wrapped: " + bar.getSize());
                for (WebElement child : bar.findElements(By.xpath("./*"))) {
                    assertTrue(
                            child.getLocation().getY() + child.getSize().getHeight()
                                    <= bar.getSize().getHeight() + 1,
                            size + ": " + child.getAttribute("class") + " sits below the bar");
                }
                assertEquals(
                        List.of("Home", "Contracts and quotes"),
                        browser.driver.findElements(By.cssSelector("#breadcrumbs > *")).stream()
                                .map(WebElement::getText)
                                .toList());
                assertNoMissingResource(browser);
            }
            // at tablet width the menu waits behind its toggle and then lies over the page
            WebElement sidebar = browser.driver.findElement(SIDEBAR);
            assertTrue(right(browser, sidebar) <= 0, "hidden at 1024 px");
            browser.driver.findElement(By.id("menuForm:menuToggle")).click();
            browser.waitFor(d -> right(browser, d.findElement(SIDEBAR)) > 200);
            assertTrue(browser.driver.findElement(By.id("menuForm:menuUsers")).isDisplayed());
            browser.screenshot("shell-menu-open-1024");

            browser.driver.manage().window().setSize(new Dimension(1280, 900));
            browser.open("index.xhtml");
            assertTrue(right(browser, browser.driver.findElement(SIDEBAR)) > 200, "shown beside the page at 1280 px");
            List<String> entries = menuEntries(browser);
            assertTrue(
                    entries.containsAll(List.of("menuNewQuote", "menuUsers", "menuLoginSecurity", "menuTariffs")),
                    entries::toString);
        }
    }

    @Test
    void aRoleSeesOnlyTheMenuEntriesItMayUse() throws Exception {
        try (Browser browser = new Browser()) {
            browser.logIn("tech1", "tech1");
            List<String> technician = menuEntries(browser);
            assertTrue(
                    technician.containsAll(List.of("menuContracts", "menuCustomers", "menuItems")),
                    technician::toString);
            for (String hidden : List.of("menuNewQuote", "menuRenewals", "menuTariffs", "menuUsers", "menuErp")) {
                assertFalse(technician.contains(hidden), hidden + " shown to a technician");
            }
        }
        try (Browser browser = new Browser()) {
            browser.logIn("customer1", "customer1");
            List<String> customer = menuEntries(browser);
            assertTrue(customer.contains("menuContracts"), customer::toString);
            for (String hidden : List.of("menuNewQuote", "menuItems", "menuTechnicians", "menuProjects", "menuUsers")) {
                assertFalse(customer.contains(hidden), hidden + " shown to a customer");
            }
        }
    }

    @Test
    void aMalformedOrUnknownIdAndAnExpiredPageAnswerInTheProductsLook() throws Exception {
        try (Browser browser = new Browser()) {
            browser.logIn("office", "office");
            for (String page : List.of(
                    "contract.xhtml?id=abc", "contract.xhtml?id=999999999", "customer.xhtml?id=x1", "customer.xhtml")) {
                browser.open(page);
                assertEquals("Not found", browser.text(By.tagName("h1")), page);
                assertTrue(browser.driver.findElements(TOP_BAR).size() == 1, page + " is shown in the shell");
            }

            browser.open("contracts.xhtml");
            browser.ajaxIdle();
            // a view the server no longer holds, as after a restart or a long pause
            ((JavascriptExecutor) browser.driver)
                    .executeScript("document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\")"
                            + ".forEach(function (input) { input.value = 'gone'; });");
            browser.driver.findElement(By.id("menuForm:langEn")).click();
            browser.screenshot("shell-expired");
            browser.waitFor(d -> d.findElement(By.tagName("h1")).getText().equals("The page has expired"));
            assertTrue(browser.driver
                    .findElement(By.id("reopen"))
                    .getAttribute("href")
                    .endsWith("/contracts.xhtml"));
            assertFalse(browser.driver.getPageSource().contains("Payara"), "not the server's own page");

            // the same in an AJAX request: the page is opened again, instead of a click that does nothing
            browser.open("contracts.xhtml");
            browser.ajaxIdle();
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            js.executeScript("window.assistoBeforeReload = true;"
                    + " document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\")"
                    + ".forEach(function (input) { input.value = 'gone'; });");
            browser.driver.findElement(By.id("contracts:search")).click();
            browser.waitFor(d -> Boolean.TRUE.equals(js.executeScript(
                    "return window.assistoBeforeReload === undefined && document.readyState === 'complete'")));
            assertEquals("Contracts and quotes", browser.text(By.tagName("h1")));
            browser.driver.findElement(By.id("contracts:search")).click();
            browser.ajaxIdle();
            assertFalse(browser.driver.findElement(By.id("ajaxFailure")).isDisplayed(), "the reopened page works");
        }
    }

    private static long right(Browser browser, WebElement element) {
        return ((Number) ((JavascriptExecutor) browser.driver)
                        .executeScript("return arguments[0].getBoundingClientRect().right", element))
                .longValue();
    }

    /** The ids of the side menu's entries, without the form's prefix. */
    private static List<String> menuEntries(Browser browser) {
        return browser.driver.findElements(By.cssSelector(".assisto-sidebar a.ui-menuitem-link")).stream()
                .map(link -> link.getAttribute("id"))
                .filter(id -> id != null && id.startsWith("menuForm:"))
                .map(id -> id.substring("menuForm:".length()))
                .toList();
    }

    private static void assertNoMissingResource(Browser browser) {
        for (LogEntry entry : browser.driver.manage().logs().get(LogType.BROWSER)) {
            assertFalse(entry.getMessage().contains("status of 404"), entry.getMessage());
        }
    }
}
