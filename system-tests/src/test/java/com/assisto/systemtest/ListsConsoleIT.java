package com.assisto.systemtest;

import static com.assisto.systemtest.ContractFixtures.created;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Lists in the console at a tablet's and a desktop's width: every sortable column sorts both ways
 * in the database (names without regard to case and accents, ties by id), and a list fits the page
 * without sideways scrolling or cells piled four lines high.
 */
class ListsConsoleIT extends DeployedAssisto {

    private static final List<Dimension> WIDTHS = List.of(new Dimension(1024, 768), new Dimension(1280, 900));

    @Test
    void everyColumnOfTheCustomerListSortsBothWays() throws Exception {
        Api office = Api.as("office");
        // code order A-B-C-D; names and cities in other orders, with accents and lower case to ignore
        List<List<String>> customers = List.of(
                List.of("SRT-A", "Sortest delta Srl", "Zola"),
                List.of("SRT-B", "Sortest Ágata Srl", "bari"),
                List.of("SRT-C", "Sortest Carlo Snc", "Éboli"),
                List.of("SRT-D", "Sortest bruno SpA", "Ancona"));
        List<String> vatNumbers = new ArrayList<>();
        for (int i = 0; i < customers.size(); i++) {
            // VAT numbers in the reverse of code order
            String vat = italianVatNumber("0" + (9 - i) + "11223344");
            vatNumbers.add(vat);
            ObjectNode customer = Api.JSON
                    .createObjectNode()
                    .put("code", customers.get(i).get(0))
                    .put("name", customers.get(i).get(1))
                    .put("vatNumber", vat);
            customer.putObject("address")
                    .put("street", "Via Roma 1")
                    .put("postalCode", "40100")
                    .put("city", customers.get(i).get(2))
                    .put("province", "BO");
            created(office.post("customers", customer));
        }
        Map<String, List<String>> ascending = new LinkedHashMap<>();
        ascending.put("code", List.of("SRT-A", "SRT-B", "SRT-C", "SRT-D"));
        ascending.put("name", List.of("SRT-B", "SRT-D", "SRT-C", "SRT-A"));
        ascending.put("vat", List.of("SRT-D", "SRT-C", "SRT-B", "SRT-A"));
        ascending.put("city", List.of("SRT-D", "SRT-B", "SRT-C", "SRT-A"));

        try (Browser browser = new Browser()) {
            browser.logIn("office", "office");
            for (Dimension size : WIDTHS) {
                browser.driver.manage().window().setSize(size);
                browser.open("customers.xhtml");
                WebElement nameFilter = browser.driver.findElement(By.cssSelector("[id='customers:table:name'] input"));
                nameFilter.sendKeys("Sortest", Keys.TAB);
                browser.waitFor(d -> codes(browser, "customers").size() == 4);
                for (Map.Entry<String, List<String>> column : ascending.entrySet()) {
                    sortBy(browser, "customers:table:" + column.getKey(), "ascending");
                    assertEquals(column.getValue(), codes(browser, "customers"), size + " " + column.getKey() + " ↑");
                    sortBy(browser, "customers:table:" + column.getKey(), "descending");
                    List<String> descending = new ArrayList<>(column.getValue());
                    Collections.reverse(descending);
                    assertEquals(descending, codes(browser, "customers"), size + " " + column.getKey() + " ↓");
                }
                assertFitsThePage(browser, "customers:table", size);
                browser.screenshot("list-customers-" + size.getWidth());
            }
        }
        assertEquals(4, vatNumbers.stream().distinct().count());
    }

    @Test
    void everyColumnOfTheContractListSortsBothWays() throws Exception {
        ContractFixtures first = new ContractFixtures("SRA", "951");
        ContractFixtures second = new ContractFixtures("SRB", "952");
        Api office = Api.as("office");
        // the only contracts ending in 2041: the list is filtered on that window
        long quote = quote(office, first, "951", "2041-03-01", 1).get("id").asLong();
        JsonNode toConfirm = quote(office, second, "951", "2041-01-01", 3);
        long active = first.confirm(toConfirm).get("id").asLong();
        JsonNode toReject = quote(office, first, "952", "2041-02-01", 2);
        Api.Reply rejected = office.post(
                "contracts/" + toReject.get("id").asLong() + "/reject",
                Map.of("version", toReject.get("version").asLong(), "reason", "too dear"));
        assertEquals(200, rejected.status(), rejected::toString);
        long refused = toReject.get("id").asLong();

        Map<String, List<Long>> ascending = new LinkedHashMap<>();
        ascending.put("type", List.of(quote, active, refused));
        ascending.put("customer", List.of(quote, refused, active));
        ascending.put("status", List.of(active, quote, refused));
        ascending.put("start", List.of(active, refused, quote));
        ascending.put("end", List.of(active, refused, quote));
        ascending.put("value", List.of(quote, refused, active));
        Map<String, List<Long>> descending = new LinkedHashMap<>();
        descending.put("type", List.of(refused, quote, active));
        descending.put("customer", List.of(active, quote, refused));
        for (String column : List.of("status", "start", "end", "value")) {
            List<Long> reversed = new ArrayList<>(ascending.get(column));
            Collections.reverse(reversed);
            descending.put(column, reversed);
        }

        try (Browser browser = new Browser()) {
            browser.logIn("office", "office");
            for (Dimension size : WIDTHS) {
                browser.driver.manage().window().setSize(size);
                browser.open("contracts.xhtml?endingFrom=2041-01-01&endingTo=2042-06-30");
                browser.waitFor(d -> ids(browser).size() == 3);
                List<String> numbers = numbers(browser);
                sortBy(browser, "contracts:table:number", "ascending");
                List<String> sortedNumbers = new ArrayList<>(numbers);
                Collections.sort(sortedNumbers);
                assertEquals(sortedNumbers, numbers(browser), size + " number ↑");
                sortBy(browser, "contracts:table:number", "descending");
                Collections.reverse(sortedNumbers);
                assertEquals(sortedNumbers, numbers(browser), size + " number ↓");
                for (String column : ascending.keySet()) {
                    sortBy(browser, "contracts:table:" + column, "ascending");
                    assertEquals(ascending.get(column), ids(browser), size + " " + column + " ↑");
                    sortBy(browser, "contracts:table:" + column, "descending");
                    assertEquals(descending.get(column), ids(browser), size + " " + column + " ↓");
                }
                assertFitsThePage(browser, "contracts:table", size);
                browser.screenshot("list-contracts-" + size.getWidth());
            }
        }
    }

    private static JsonNode quote(Api office, ContractFixtures customer, String type, String start, int lines) {
        return created(office.post(
                "contracts",
                Map.of(
                        "type",
                        type,
                        "customerId",
                        customer.customerId,
                        "startDate",
                        start,
                        "customFields",
                        Map.of("responseHours", 8, "level", "Gold"),
                        "lines",
                        IntStream.range(0, lines)
                                .mapToObj(line -> Map.of("itemCode", customer.prefix + "-FX", "price", 100))
                                .toList())));
    }

    /** Clicks the column's header until the list is sorted that way, and waits for the new rows. */
    private static void sortBy(Browser browser, String columnId, String direction) {
        By header = By.id(columnId);
        for (int click = 0;
                click < 3
                        && !direction.equals(browser.driver.findElement(header).getAttribute("aria-sort"));
                click++) {
            ((JavascriptExecutor) browser.driver)
                    .executeScript("arguments[0].click()", browser.driver.findElement(header));
            browser.ajaxIdle();
        }
        assertEquals(direction, browser.driver.findElement(header).getAttribute("aria-sort"), columnId);
    }

    private static List<String> codes(Browser browser, String form) {
        return browser.waitFor(
                d -> d.findElements(By.cssSelector("[id='" + form + ":table_data'] a[id$=':open']")).stream()
                        .map(WebElement::getText)
                        .toList());
    }

    private static List<String> numbers(Browser browser) {
        return codes(browser, "contracts");
    }

    private static List<Long> ids(Browser browser) {
        return browser.waitFor(d ->
                d.findElements(By.cssSelector("[id='contracts:table_data'] a[id$=':open']")).stream()
                        .map(link -> Long.parseLong(link.getAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1")))
                        .toList());
    }

    /** No sideways scrolling, and no row taller than two lines of text. */
    private static void assertFitsThePage(Browser browser, String tableId, Dimension size) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        Object overflow = js.executeScript(
                "var t = document.getElementById(arguments[0]); var w = t.querySelector('.ui-datatable-tablewrapper');"
                        + " return w.scrollWidth - w.clientWidth;",
                tableId);
        assertEquals(0L, ((Number) overflow).longValue(), size + ": " + tableId + " scrolls sideways");
        Object tallest = js.executeScript(
                "var rows = document.querySelectorAll('[id=\"' + arguments[0] + '_data\"] > tr');"
                        + " var line = parseFloat(getComputedStyle(rows[0]).lineHeight) || 20;"
                        + " return Math.max.apply(null, Array.from(rows).map(r => r.getBoundingClientRect().height / line));",
                tableId);
        assertTrue(((Number) tallest).doubleValue() < 3.0, size + ": a row is " + tallest + " lines high");
        assertTrue(
                browser.driver
                        .findElement(By.cssSelector("[id='" + tableId + "'] .ui-paginator-current"))
                        .isDisplayed(),
                size + ": the count is shown");
    }

    /** An Italian VAT number: ten digits and the check digit of the Luhn-like rule the registry checks. */
    private static String italianVatNumber(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int digit = tenDigits.charAt(i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return tenDigits + (10 - sum % 10) % 10;
    }
}
