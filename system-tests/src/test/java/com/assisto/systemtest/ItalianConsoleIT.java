package com.assisto.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The console in Italian reads Italian: on the pages a back office uses, including what the domain
 * explains in lists (a line's price, a renewal's outcome, the inbox) and what it refuses (a field
 * error), none of a checked list of English words appears, visible or in a tab not yet opened.
 * What users typed is not checked: the other cells of lists, the options of menus and the custom
 * fields' labels hold the company's own data, which may be in any language.
 */
class ItalianConsoleIT extends DeployedAssisto {

    /** Words of the console's and the domain's English texts that an Italian page never needs. */
    private static final Pattern ENGLISH = Pattern.compile("\\b(Contracts?|Customers?|Save|Search|Status|Quotes?"
            + "|Renewals?|Warranty|Warranties|Price|Manual|month|months|required|does not exist|is not|Add|Remove"
            + "|Start|End|Value|Renews as|Inbox|Items|Technicians|Results|Cancel|Confirm|Reject|Download|Upload"
            + "|History|Lines|Terms|Notes|Documents|Started|Finished|Expiring|Waiting|Unread|and|the|of|for|with)\\b");

    /**
     * The page's words: its text (also in tabs and dialogs not yet open), placeholders and titles;
     * the rows of lists only where they hold what the domain says ({@code .domain-text}), since the
     * rest of a row and the options of menus are the company's own data.
     */
    private static final String PAGE_TEXT = "var out = [];"
            + " var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
            + " while (walker.nextNode()) { var p = walker.currentNode.parentElement;"
            + "   if (!p || p.closest('script, style, .assisto-user, .ui-autocomplete-panel, .ui-selectonemenu,"
            + " .ui-selectonemenu-panel, .custom-field, .field')) continue;"
            + "   if (p.closest('tbody') && !p.closest('.domain-text')) continue;"
            + "   out.push(walker.currentNode.textContent); }"
            + " document.querySelectorAll('[placeholder], [title]').forEach(function (e) {"
            + "   out.push(e.getAttribute('placeholder') || ''); out.push(e.getAttribute('title') || ''); });"
            + " return out.join(' ');";

    @Test
    void theBackOfficesPagesReadItalian() throws Exception {
        ContractFixtures fixtures = new ContractFixtures("ITA", "971");
        JsonNode contract = fixtures.confirm(fixtures.quote());

        try (Browser browser = new Browser()) {
            browser.logIn("office", "office");
            browser.driver.findElement(By.id("menuForm:langIt")).click();
            browser.waitFor(d -> "it".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            try {
                checkPages(browser, contract.get("id").asLong());
            } finally {
                // the language is remembered for the user: give the other tests their English back
                browser.open("index.xhtml");
                browser.driver.findElement(By.id("menuForm:langEn")).click();
                browser.waitFor(
                        d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            }
        }
    }

    private static void checkPages(Browser browser, long contractId) throws Exception {
        Api office = Api.as("office");
        long copier = office.get("equipment?type=COPIER&limit=1")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        long plant = office.get("plants?limit=1")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        List<String> found = new ArrayList<>();
        for (String page : List.of(
                "index.xhtml",
                "contracts.xhtml",
                "contract.xhtml?id=" + contractId,
                "contract.xhtml",
                "customers.xhtml",
                "master/items.xhtml",
                "master/tariffs.xhtml",
                "office/renewals.xhtml",
                "office/indices.xhtml",
                "office/erp.xhtml",
                "inbox.xhtml",
                "installed-base.xhtml",
                "equipment.xhtml?id=" + copier,
                "equipment.xhtml",
                "plant.xhtml?id=" + plant,
                "master/equipment-types.xhtml")) {
            browser.open(page);
            browser.ajaxIdle();
            found.addAll(english(browser, page));
        }
        assertEquals(List.of(), found, "English on Italian pages");

        // the new quote: its dates are typed as Italians write them
        browser.open("contract.xhtml");
        assertTrue(
                browser.driver
                        .findElement(By.id("newQuote:startDate_input"))
                        .getAttribute("value")
                        .matches("\\d{2}/\\d{2}/\\d{4}"),
                "the start date reads dd/MM/yyyy");
        // a refusal: the new quote without its customer
        browser.driver.findElement(By.id("newQuote:create")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-growl-message")));
        String required = browser.text(By.id("growl_container"));
        assertTrue(required.contains("Cliente") && required.contains("è obbligatorio"), required);
        browser.screenshot("italian-required");
        assertEquals(List.of(), english(browser, "new quote refused"), "English in the refusal");

        // a domain rule: the type's required custom field left empty is refused at its input
        browser.choose("newQuote:type", "971 – Full service ITA");
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("newQuote:customer_input")))
                .sendKeys("cliente ita");
        browser.waitFor(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("[id='newQuote:customer_panel'] li[data-item-label='ITA-C – Cliente ITA Srl']")))
                .click();
        browser.ajaxIdle();
        browser.driver.findElement(By.id("newQuote:create")).click();
        browser.waitFor(d -> d.findElement(By.cssSelector("input.cf-responseHours"))
                .getAttribute("class")
                .contains("ui-state-error"));
        String refused = browser.text(By.id("growl_container"));
        assertTrue(refused.contains("è obbligatorio"), refused);
        browser.screenshot("italian-field-error");
    }

    private static List<String> english(Browser browser, String page) {
        String text = (String) ((JavascriptExecutor) browser.driver).executeScript(PAGE_TEXT);
        List<String> found = new ArrayList<>();
        Matcher matcher = ENGLISH.matcher(text);
        while (matcher.find()) {
            int from = Math.max(0, matcher.start() - 40);
            int to = Math.min(text.length(), matcher.end() + 40);
            found.add(page + ": «" + text.substring(from, to).replaceAll("\\s+", " ") + "»");
        }
        return found;
    }
}
