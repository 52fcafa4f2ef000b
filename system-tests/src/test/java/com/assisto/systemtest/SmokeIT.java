package com.assisto.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * A first look at the whole product as each role meets it, on whatever database the run was
 * given: the build runs it on PostgreSQL with the other system tests and once more on the
 * embedded H2 default that {@code ./run.sh} starts, with the demo company. Every console page
 * (each page of the web module, and every page the menus and lists link to) is opened as every
 * role, and every GET list endpoint of the OpenAPI document is called as every role. No answer may
 * be a server error, no page may log a script error or a Content Security Policy violation in the
 * browser, and the server log may hold no error written meanwhile.
 */
class SmokeIT extends DeployedAssisto {

    private static final List<String> ROLES_USERS = List.of("admin", "office", "tech1", "customer1");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** One page per address and set of parameter names is enough: the tenth contract page adds nothing. */
    private static final int MOST_PAGES_PER_ROLE = 60;

    private static long logStart;

    @BeforeAll
    static void rememberWhereTheLogStands() throws IOException {
        logStart = Files.size(serverLog());
    }

    @AfterAll
    static void theServerLoggedNoError() throws IOException {
        byte[] written = Files.readAllBytes(serverLog());
        // a log that rotated meanwhile starts afresh: all of it was written during the run
        int from = written.length < logStart ? 0 : (int) logStart;
        String meanwhile = new String(written, from, written.length - from, StandardCharsets.UTF_8);
        List<String> errors = meanwhile
                .lines()
                .filter(line -> line.contains("[SEVERE]") || line.contains("Unexpected failure"))
                .toList();
        assertTrue(
                errors.isEmpty(),
                "the server logged errors during the smoke run:\n" + String.join("\n", errors) + "\n"
                        + excerptAround(meanwhile, errors));
    }

    /** The sample ERP files shipped under config/ import on this database, customers in JDBC batches included. */
    @Test
    void theShippedSampleErpFilesImport() throws Exception {
        Path samples = Path.of("..", "config", "erp-samples");
        String customers = DropFolder.of("customers")
                .drop("customers-samples.csv", Files.readString(samples.resolve("customers.csv")));
        assertTrue(customers.contains("2 received, 2 applied, 0 unchanged, 0 rejected"), customers);
        JsonNode imported =
                Api.as("office").get("customers?code=701.00001").json().get("items");
        assertEquals(1, imported.size(), imported.toString());
        assertEquals(
                "Officine Meccaniche Lario S.r.l.", imported.get(0).get("name").asText());
        assertEquals(
                1,
                Api.as("office")
                        .get("customers?city=como&limit=50")
                        .json()
                        .get("items")
                        .findValuesAsText("code")
                        .stream()
                        .filter("701.00001"::equals)
                        .count(),
                "found by its city, as lists filter it");

        String items = DropFolder.of("items").drop("items-samples.csv", Files.readString(samples.resolve("items.csv")));
        assertTrue(items.contains(" 0 rejected"), items);
        String stock = DropFolder.of("stock").drop("stock-samples.csv", Files.readString(samples.resolve("stock.csv")));
        assertTrue(stock.contains(" 0 rejected"), stock);
    }

    @Test
    void everyGetListEndpointAnswersEveryRoleWithoutAServerError() throws Exception {
        JsonNode openApi = Api.JSON.readTree(HTTP.send(
                        HttpRequest.newBuilder(
                                        URI.create(DeployedAssisto.BASE_URL.replaceFirst("assisto/$", "openapi")))
                                .header("Accept", "application/json")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        List<String> lists = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : openApi.get("paths").properties()) {
            if (path.getValue().has("get") && !path.getKey().contains("{")) {
                lists.add(path.getKey().replaceFirst("^/(assisto/)?api/", ""));
            }
        }
        assertTrue(lists.size() >= 12, "the OpenAPI document lists the API's GET lists: " + lists);
        assertTrue(lists.contains("contracts"), lists.toString());
        List<String> failures = new ArrayList<>();
        for (String user : ROLES_USERS) {
            Api api = Api.as(user);
            for (String list : lists) {
                int status = api.get(list).status();
                if (status >= 500) {
                    failures.add(user + " GET " + list + " -> " + status);
                }
            }
        }
        assertEquals(List.of(), failures);
        // the embedded default once answered 500 here: H2 refused to compare BOOLEAN with INTEGER
        for (String warranty : List.of("true", "false")) {
            Api.Reply reply = Api.as("office").get("contracts?warranty=" + warranty);
            assertEquals(200, reply.status(), reply.body());
            assertTrue(reply.json().get("items").size() > 0, "the demo company has warranties and other contracts");
        }
    }

    @Test
    void everyConsolePageOpensForEveryRoleWithoutAServerOrScriptError() throws Exception {
        Set<String> pagesOfTheWebModule = pagesOfTheWebModule();
        assertTrue(pagesOfTheWebModule.contains("contracts.xhtml"), pagesOfTheWebModule.toString());
        List<String> failures = new ArrayList<>();
        Map<String, Integer> openedPerRole = new LinkedHashMap<>();
        for (String user : ROLES_USERS) {
            try (Browser browser = new Browser()) {
                browser.logIn(user, user);
                // the browser's console is read below: make sure it is, or the check would pass on nothing
                ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("console.error('smoke probe')");
                assertTrue(
                        browser.driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                                .anyMatch(entry -> entry.getMessage().contains("smoke probe")),
                        "the browser's console is read");
                String session =
                        browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
                Set<String> toOpen = new LinkedHashSet<>(pagesOfTheWebModule);
                toOpen.addAll(linksOnPage(browser, "index.xhtml"));
                Set<String> shapes = new TreeSet<>();
                Set<String> opened = new LinkedHashSet<>();
                while (!toOpen.isEmpty() && opened.size() < MOST_PAGES_PER_ROLE) {
                    String page = toOpen.iterator().next();
                    toOpen.remove(page);
                    if (!shapes.add(shape(page))) {
                        continue;
                    }
                    opened.add(page);
                    int status = status(page, session);
                    if (status >= 500) {
                        failures.add(user + " " + page + " -> " + status);
                        continue;
                    }
                    browser.open(page);
                    browser.ajaxIdle();
                    for (LogEntry entry : browser.driver.manage().logs().get(LogType.BROWSER)) {
                        // a refused or missing page logs its own status; on a page that opened, any is a fault
                        boolean ownStatus = status != 200
                                && entry.getMessage().contains("the server responded with a status of " + status);
                        if (entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue() && !ownStatus) {
                            failures.add(user + " " + page + " logged in the browser: " + entry.getMessage());
                        }
                    }
                    if (status == 200) {
                        toOpen.addAll(linksOnPage(browser, null));
                    }
                }
                openedPerRole.put(user, opened.size());
                assertTrue(
                        opened.stream().anyMatch(page -> page.startsWith("contract.xhtml?")) || user.equals("tech1"),
                        user + " reached a contract's page through the lists: " + opened);
            }
        }
        assertEquals(List.of(), failures, "pages opened per role: " + openedPerRole);
    }

    /** The pages a role could type in: every page of the web module outside WEB-INF. */
    private static Set<String> pagesOfTheWebModule() throws IOException {
        Set<String> pages = new TreeSet<>();
        try (ZipFile ear = new ZipFile(new File(System.getProperty("test.ear")))) {
            ZipEntry war = ear.stream()
                    .filter(entry -> entry.getName().endsWith(".war"))
                    .findFirst()
                    .orElseThrow();
            try (InputStream bytes = ear.getInputStream(war);
                    ZipInputStream entries = new ZipInputStream(bytes)) {
                for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                    if (entry.getName().endsWith(".xhtml")
                            && !entry.getName().startsWith("WEB-INF/")
                            && !entry.getName().startsWith("resources/")) {
                        pages.add(entry.getName());
                    }
                }
            }
        }
        return pages;
    }

    /** The console's own pages a page links to, relative to the console's address. */
    private static Set<String> linksOnPage(Browser browser, String page) {
        if (page != null) {
            browser.open(page);
            browser.ajaxIdle();
        }
        Set<String> links = new LinkedHashSet<>();
        for (WebElement anchor : browser.driver.findElements(By.cssSelector("a[href]"))) {
            String href;
            try {
                href = anchor.getAttribute("href");
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                continue;
            }
            if (href != null
                    && href.startsWith(DeployedAssisto.BASE_URL)
                    && href.contains(".xhtml")
                    && !href.contains("logout")
                    && !href.contains("jakarta.faces.resource")) {
                String relative = href.substring(DeployedAssisto.BASE_URL.length());
                int fragment = relative.indexOf('#');
                links.add(fragment < 0 ? relative : relative.substring(0, fragment));
            }
        }
        return links;
    }

    /** The page's path and the names of its parameters, not their values. */
    private static String shape(String page) {
        int query = page.indexOf('?');
        if (query < 0) {
            return page;
        }
        StringBuilder shape = new StringBuilder(page.substring(0, query));
        for (String parameter : new TreeSet<>(List.of(page.substring(query + 1).split("&")))) {
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            // the value of a list's filter is what makes it another page (warranties vs contracts)
            shape.append('&').append(name.equals("id") || name.equals("run") ? name : parameter);
        }
        return shape.toString();
    }

    private static int status(String page, String session) throws IOException, InterruptedException {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create(DeployedAssisto.BASE_URL + page))
                                .header("Cookie", "JSESSIONID=" + session)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static Path serverLog() {
        return Path.of(
                System.getProperty("payara.home"),
                "glassfish",
                "domains",
                System.getProperty("test.domain"),
                "logs",
                "server.log");
    }

    private static String excerptAround(String log, List<String> errors) {
        if (errors.isEmpty()) {
            return "";
        }
        int at = log.indexOf(errors.get(0));
        return log.substring(at, Math.min(log.length(), at + 4000));
    }
}
