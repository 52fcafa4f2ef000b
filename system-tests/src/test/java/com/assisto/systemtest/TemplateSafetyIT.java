package com.assisto.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Document templates cannot make the server fetch anything (C13): a template referring to a web
 * address or a server file is refused naming the body field, previews and documents load
 * nothing, and a local listener the references point at counts no request. Templates are deleted,
 * or retired when documents were made from them.
 */
class TemplateSafetyIT extends DeployedAssisto {

    private static final String PIXEL =
            "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

    private final Api office = Api.as("office");
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer listener;
    private String base;

    @BeforeEach
    void listen() throws IOException {
        listener = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        listener.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        listener.start();
        base = "http://127.0.0.1:" + listener.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        listener.stop(0);
    }

    @Test
    void aTemplateWithARemoteImageIsRefusedAndNeverFetched() {
        ContractFixtures setup = new ContractFixtures("TS", "941");
        for (String body : List.of(
                "<h1>${contract.number}</h1>\n<img src=\"" + base + "/x.png\">",
                "<h1>${contract.number}</h1>\n<img src=\"file:///etc/passwd\">",
                "<h1>${contract.number}</h1>\n<p style=\"background: url('" + base + "/bg.png')\">x</p>",
                "<style>@import url(" + base + "/s.css);</style>\n<h1>${contract.number}</h1>",
                "<link rel=\"stylesheet\" href=\"" + base + "/s.css\">\n<h1>${contract.number}</h1>")) {
            Api.Reply refused =
                    office.post("contract-types/941/templates", Map.of("name", "Remote", "locale", "it", "body", body));
            assertEquals(400, refused.status(), refused::toString);
            JsonNode error = refused.json().get("errors").get(0);
            assertEquals("body", error.get("field").asText(), refused::toString);
            assertTrue(error.get("message").asText().startsWith("line "), refused::toString);
            assertTrue(error.get("message").asText().contains("only use data: URIs"), refused::toString);
        }
        assertEquals(
                "line 2: <img src=\"file:///etc/passwd\"> refers to a resource outside the template;"
                        + " templates may only use data: URIs",
                office.post(
                                "contract-types/941/templates",
                                Map.of(
                                        "name",
                                        "Remote",
                                        "locale",
                                        "it",
                                        "body",
                                        "<p>x</p>\n<img src=\"file:///etc/passwd\">"))
                        .json()
                        .get("errors")
                        .get(0)
                        .get("message")
                        .asText());
        assertEquals(404, office.get("contract-types/941/templates/Remote").status(), "nothing was saved");

        // a template with its logo inside it is fine
        ContractFixtures.created(office.post(
                "contract-types/941/templates",
                Map.of(
                        "name",
                        "Logo",
                        "locale",
                        "it",
                        "body",
                        "<img src=\"" + PIXEL + "\"><h1>Contratto ${contract.number}</h1>")));
        long contractId = setup.confirm(setup.quote()).get("id").asLong();
        Api.Download preview = office.download("contracts/" + contractId + "/documents/preview?template=Logo");
        assertEquals(200, preview.status());
        assertTrue(Pdf.text(preview.bytes()).contains("Contratto C941/"));

        // a template stored before references were checked is refused at preview and generation
        Database.execute(
                "INSERT INTO contract_template (id, contract_type_id, name, revision, locale, body, created_by,"
                        + " created_at) SELECT 900000001, id, 'Legacy', 1, 'it', '<h1>${contract.number}</h1><img src=\""
                        + base + "/legacy.png\">', 'office', now() FROM contract_type WHERE code = '941'");
        Api.Reply legacyPreview =
                Api.Reply.of(office.download("contracts/" + contractId + "/documents/preview?template=Legacy"));
        assertEquals(400, legacyPreview.status(), legacyPreview::toString);
        assertEquals(
                "template Legacy r1",
                legacyPreview.json().get("errors").get(0).get("field").asText());
        Api.Reply legacyDocument = office.post("contracts/" + contractId + "/documents", Map.of("template", "Legacy"));
        assertEquals(400, legacyDocument.status(), legacyDocument::toString);
        assertTrue(legacyDocument
                .json()
                .get("errors")
                .get(0)
                .get("message")
                .asText()
                .contains(base + "/legacy.png"));

        assertEquals(0, requests.get(), "the listener the templates pointed at was never asked");
    }

    @Test
    void aTemplateIsDeletedOrRetiredWhenDocumentsWereMadeFromIt() {
        ContractFixtures setup = new ContractFixtures("TD", "942");
        ContractFixtures.created(office.post(
                "contract-types/942/templates",
                Map.of("name", "Draft", "locale", "it", "body", "<p>bozza ${contract.number}</p>")));
        ContractFixtures.created(office.post(
                "contract-types/942/templates",
                Map.of("name", "Used", "locale", "it", "body", "<p>contratto ${contract.number}</p>")));
        ContractFixtures.created(office.post(
                "contract-types/942/templates",
                Map.of("name", "Used", "locale", "it", "body", "<p>contratto ${contract.number} firmato</p>")));
        long contractId = setup.confirm(setup.quote()).get("id").asLong();
        Api.Reply document = office.post("contracts/" + contractId + "/documents", Map.of("template", "Used"));
        assertEquals(201, document.status(), document::toString);

        Api.Reply deleted = office.delete("contract-types/942/templates/Draft");
        assertEquals(200, deleted.status(), deleted::toString);
        assertEquals("DELETED", deleted.json().get("outcome").asText());
        assertEquals(404, office.get("contract-types/942/templates/Draft").status());
        assertEquals(0, Database.count("SELECT COUNT(*) FROM contract_template WHERE name = 'Draft'"));

        Api.Reply retired = office.delete("contract-types/942/templates/Used");
        assertEquals(200, retired.status(), retired::toString);
        assertEquals("RETIRED", retired.json().get("outcome").asText());
        assertEquals(List.of(), names(office.get("contract-types/942/templates").json()), "no longer offered");
        JsonNode revisions = office.get("contract-types/942/templates/Used").json();
        assertEquals(2, revisions.size(), "kept for the documents made from it");
        assertTrue(revisions.get(0).get("retired").asBoolean());
        Api.Reply another = office.post("contracts/" + contractId + "/documents", Map.of("template", "Used"));
        assertEquals(400, another.status(), another::toString);
        assertEquals(
                "template", another.json().get("errors").get(0).get("field").asText());
        Api.Reply revision = office.post(
                "contract-types/942/templates", Map.of("name", "Used", "locale", "it", "body", "<p>again</p>"));
        assertEquals(400, revision.status(), revision::toString);
        assertEquals("name", revision.json().get("errors").get(0).get("field").asText());
        Api.Download stored = office.download("contracts/" + contractId + "/files/"
                + document.json().get("id").asLong());
        assertEquals(200, stored.status());
        assertTrue(Pdf.text(stored.bytes()).contains("firmato"), "the document made from it is still there");
        assertFalse(office.get("contract-types/942/templates/Nope").status() == 200);
        assertEquals(404, office.delete("contract-types/942/templates/Nope").status());
    }

    private static List<String> names(JsonNode templates) {
        return StreamSupport.stream(templates.spliterator(), false)
                .map(t -> t.get("name").asText())
                .toList();
    }
}
