package com.assisto.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/**
 * What an attacker and a careless client meet: every bad value answered 400 naming its field and
 * never echoed whole, malformed parameters 400 rather than 404, console posts from other sites'
 * pages refused, another customer's records indistinguishable from missing ones, the session
 * cookie kept to the console's own requests, a Content Security Policy on the pages and
 * problem details for a missing login, and no response naming the server's product or version.
 */
class WebHardeningIT extends DeployedAssisto {

    private final Api office = Api.as("office");

    @Test
    void valuesTooLongOrTooLargeForTheirColumnAreA400NamingTheField() {
        JsonNode tariff = office.post("tariffs", Map.of("code", "HX1", "name", "Hardening"))
                .json();
        Api.Reply longName = office.put(
                "tariffs/" + tariff.get("id").asText(),
                Map.of("version", tariff.get("version").asLong(), "name", "x".repeat(100_000)));
        assertField(longName, 400, "name", "at most 120 characters");
        assertTrue(
                longName.body().length() < 1_000,
                "the value is not echoed: " + longName.body().length() + " chars");

        String item = office.get("items?limit=1")
                .json()
                .get("items")
                .get(0)
                .get("code")
                .asText();
        Api.Reply hugePrice = office.post(
                "tariffs/" + tariff.get("id").asText() + "/prices",
                Map.of(
                        "version",
                        tariff.get("version").asLong(),
                        "itemCode",
                        item,
                        "validFrom",
                        "2026-01-01",
                        "monthlyPrice",
                        new java.math.BigDecimal("1e20")));
        assertField(hugePrice, 400, "monthlyPrice", "digits before the decimal point");

        ContractFixtures setup = new ContractFixtures("HX2", "981");
        JsonNode quote = setup.quote();
        Api.Reply longLine = office.post(
                "contracts/" + quote.get("id").asText() + "/lines",
                Map.of(
                        "version",
                        quote.get("version").asLong(),
                        "itemCode",
                        "HX2-FX",
                        "quantity",
                        1,
                        "price",
                        100,
                        "description",
                        "y".repeat(100_000)));
        assertField(longLine, 400, "description", "characters long");
        assertTrue(longLine.body().length() < 1_000);
    }

    @Test
    void wrongTypesAndImpossibleDatesInABodyNameTheField() {
        JsonNode tariff =
                office.post("tariffs", Map.of("code", "HX3", "name", "Types")).json();
        String prices = "tariffs/" + tariff.get("id").asText() + "/prices";
        assertField(
                office.post(prices, Map.of("version", 1, "monthlyPrice", "dieci", "validFrom", "2026-01-01")),
                400,
                "monthlyPrice",
                "a number is expected");
        assertField(
                office.post(prices, Map.of("version", 1, "monthlyPrice", 10, "validFrom", "2026-02-30")),
                400,
                "validFrom",
                "not a date of the calendar");
        assertField(
                office.post("tariffs", Map.of("code", "HX4", "name", Map.of("it", "nome"))),
                400,
                "name",
                "a text is expected");
        assertField(
                office.post("tariffs", Map.of("code", "HX5", "name", "z".repeat(500) + "\u0000")),
                400,
                "name",
                "characters long");
    }

    @Test
    void malformedParametersAreA400NamingTheParameter() {
        assertField(office.get("contracts?limit=abc"), 400, "limit", "not a valid value");
        assertField(office.get("contracts/abc"), 400, "id", "not a valid value");
        assertField(office.get("customers?limit=1e3"), 400, "limit", "not a valid value");
        Api.Reply longDate = office.get("contracts?endingFrom=" + "9".repeat(5_000));
        assertField(longDate, 400, "endingFrom", "is not a date");
        assertTrue(longDate.body().length() < 1_000, "the value is not echoed whole");
    }

    @Test
    void anotherCustomersRecordAnswersExactlyAsAMissingOne() {
        Api customer = Api.as("customer1");
        long own =
                customer.get("customers").json().get("items").get(0).get("id").asLong();
        JsonNode others = office.get("contracts?status=ACTIVE&limit=50").json().get("items");
        JsonNode other = null;
        for (JsonNode row : others) {
            if (row.get("customerId").asLong() != own) {
                other = row;
                break;
            }
        }
        assertTrue(other != null, "the demo company has contracts of other customers");
        long missingId = 987_654_321L;
        Api.Reply theirs = customer.get("contracts/" + other.get("id").asText());
        Api.Reply missing = customer.get("contracts/" + missingId);
        assertEquals(404, theirs.status());
        assertEquals(404, missing.status());
        assertEquals(
                missing.body().replace(String.valueOf(missingId), "ID"),
                theirs.body().replace(other.get("id").asText(), "ID"),
                "the same answer but for the id");
        assertFalse(theirs.body().contains(other.get("customerName").asText()), "the owner is not named");
        assertFalse(theirs.body().contains(other.get("customerId").asText()), "the owner is not named");
        Api.Reply theirCustomer =
                customer.get("customers/" + other.get("customerId").asText());
        assertEquals(404, theirCustomer.status(), theirCustomer.body());
    }

    @Test
    void theApisMissingLoginIsAProblemDetailWithAChallenge() {
        Api.Reply anonymous = Api.anonymous().get("contracts");
        assertEquals(401, anonymous.status());
        assertEquals("application/problem+json", anonymous.contentType().split(";")[0]);
        assertEquals(401, anonymous.json().get("status").asInt());
        assertTrue(anonymous
                .raw()
                .headers()
                .firstValue("WWW-Authenticate")
                .orElse("")
                .startsWith("Basic"));
        Api.Reply wrong = Api.as("office", "not-the-password").get("contracts");
        assertEquals(401, wrong.status());
        assertEquals("application/problem+json", wrong.contentType().split(";")[0]);
    }

    @Test
    void noResponseNamesTheServerOrItsVersion() throws Exception {
        HttpResponse<String> consolePage = http(HttpClient.newBuilder())
                .send(
                        HttpRequest.newBuilder(URI.create(BASE_URL + "login.xhtml"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, consolePage.statusCode());
        Api.Reply apiCall = office.get("customers?limit=1");
        assertEquals(200, apiCall.status());
        Api.Reply missing = office.get("customers/999999999");
        assertEquals(404, missing.status());
        Api.Reply noLogin = Api.anonymous().get("customers");
        assertEquals(401, noLogin.status());
        for (java.net.http.HttpHeaders headers : List.of(
                consolePage.headers(),
                apiCall.raw().headers(),
                missing.raw().headers(),
                noLogin.raw().headers())) {
            assertTrue(headers.firstValue("Server").isEmpty(), headers.toString());
            assertTrue(headers.firstValue("X-Powered-By").isEmpty(), headers.toString());
        }
    }

    @Test
    void consolePostsFromAnotherSitesPageAreRefusedAndOwnOnesAccepted() throws Exception {
        assertEquals(403, logInThroughTheForm("http://evil.example").statusCode(), "a foreign page's post is refused");
        HttpResponse<String> own =
                logInThroughTheForm(URI.create(BASE_URL).resolve("/").toString().replaceAll("/$", ""));
        assertNotEquals(403, own.statusCode());
        assertTrue(
                own.statusCode() == 302 || own.statusCode() == 303,
                "the console's own login page logs in: " + own.statusCode());
        HttpResponse<String> noOrigin = logInThroughTheForm(null);
        assertTrue(
                noOrigin.statusCode() == 302 || noOrigin.statusCode() == 303,
                "a client that names no page is not a browser tricked by one");
    }

    @Test
    void pagesCarryAContentSecurityPolicyAndTheSessionCookieStaysOnTheConsole() throws Exception {
        HttpResponse<String> login = http(HttpClient.newBuilder())
                .send(
                        HttpRequest.newBuilder(URI.create(BASE_URL + "login.xhtml"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        String policy = login.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self' 'nonce-"), policy);
        assertTrue(policy.contains("frame-ancestors 'self'") && policy.contains("object-src 'none'"), policy);
        String cookie = sessionCookie(login);
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP cannot keep a Secure cookie: " + cookie);

        SSLContext trustingTestCertificate = SSLContext.getInstance("TLS");
        trustingTestCertificate.init(
                null,
                new TrustManager[] {
                    new X509TrustManager() {
                        @Override
                        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

                        @Override
                        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

                        @Override
                        public X509Certificate[] getAcceptedIssuers() {
                            return new X509Certificate[0];
                        }
                    }
                },
                null);
        // Payara's own test certificate names the machine, not localhost: trust it, and skip the name check
        int httpsPort = URI.create(BASE_URL).getPort() + 1;
        javax.net.ssl.HttpsURLConnection overTls =
                (javax.net.ssl.HttpsURLConnection) URI.create("https://127.0.0.1:" + httpsPort + "/assisto/login.xhtml")
                        .toURL()
                        .openConnection();
        overTls.setSSLSocketFactory(trustingTestCertificate.getSocketFactory());
        overTls.setHostnameVerifier((host, session) -> true);
        assertEquals(200, overTls.getResponseCode());
        String secureCookie = overTls.getHeaderFields().getOrDefault("Set-Cookie", List.of()).stream()
                .filter(value -> value.startsWith("JSESSIONID="))
                .findFirst()
                .orElse("no session cookie");
        overTls.disconnect();
        assertTrue(
                secureCookie.contains("Secure")
                        && secureCookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"),
                secureCookie);
    }

    private static HttpResponse<String> logInThroughTheForm(String origin) throws Exception {
        HttpClient client = http(HttpClient.newBuilder().cookieHandler(new CookieManager()));
        HttpResponse<String> page = client.send(
                HttpRequest.newBuilder(URI.create(BASE_URL + "login.xhtml"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page.body());
        assertTrue(viewState.find(), "the login page carries a view state");
        String form = form(Map.of(
                "login",
                "login",
                "login:username",
                "office",
                "login:password",
                "office",
                "login:submit",
                "",
                "jakarta.faces.ViewState",
                viewState.group(1)));
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(BASE_URL + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (origin != null) {
            post.header("Origin", origin);
        }
        return client.send(post.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient http(HttpClient.Builder builder) {
        return builder.connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private static String form(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString();
    }

    private static String sessionCookie(HttpResponse<?> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }

    private static void assertField(Api.Reply reply, int status, String field, String messagePart) {
        assertEquals(
                status,
                reply.status(),
                reply.body().length() > 2_000 ? reply.body().substring(0, 2_000) : reply.body());
        JsonNode errors = reply.json().get("errors");
        assertTrue(errors != null && errors.isArray(), "field errors in " + reply.body());
        boolean named = false;
        for (JsonNode error : errors) {
            named |= field.equals(error.get("field").asText())
                    && error.get("message").asText().contains(messagePart);
        }
        assertTrue(named, field + " / '" + messagePart + "' in " + reply.body());
    }
}
