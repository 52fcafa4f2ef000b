package com.assisto.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Dispatch;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.namespace.QName;
import javax.xml.transform.Source;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;

/**
 * The SOAP service Assisto publishes for an ERP that pushes (X3), called by a real JAX-WS client
 * (Metro) from the WSDL the server serves: invoicing results land on the documents sent, the same
 * message again changes nothing, a result for a document never sent is a dead letter, and a
 * technician is refused.
 */
class ErpSoapIT extends DeployedAssisto {

    private static final String NS = "urn:assisto:erp:scambio";
    private static final String RUN = String.valueOf(System.nanoTime() % 100_000);

    @Test
    void theErpRegistersInvoicingResultsOverSoapOnce() throws Exception {
        String reference = "S" + RUN + "#1";
        Database.execute("INSERT INTO outbox_message (id, message_type, reference, payload, status, created_at)"
                + " VALUES (nextval('entity_seq'), 'INSTALMENT', '" + reference + "', '{}', 'SENT', now())");
        Dispatch<Source> erp = client("erp", "erp");
        String message = "<ns:registraEsiti xmlns:ns=\"" + NS + "\">"
                + "<chiaveMessaggio>SOAP-" + RUN + "</chiaveMessaggio>"
                + result(reference, "FT/2026/0" + RUN, "20261205")
                + result("NEVER-SENT-" + RUN, "FT/2026/1" + RUN, "20261205")
                + "</ns:registraEsiti>";

        String reply = text(erp.invoke(new StreamSource(new StringReader(message))));
        assertTrue(reply.contains("<doppione>false</doppione>"), reply);
        assertTrue(reply.contains("<ricevuti>2</ricevuti>"), reply);
        assertTrue(reply.contains("<applicati>1</applicati>"), reply);
        assertTrue(reply.contains("<scartati>1</scartati>"), reply);
        assertEquals(
                1,
                Database.count("SELECT COUNT(*) FROM outbox_message WHERE reference = '" + reference
                        + "' AND erp_invoice_number = 'FT/2026/0" + RUN
                        + "' AND erp_invoice_date = DATE '2026-12-05'"));
        long exchangeId = Long.parseLong(reply.replaceAll("(?s).*<idScambio>(\\d+)</idScambio>.*", "$1"));
        String reason = Api.as("office")
                .get("erp/exchanges/" + exchangeId)
                .json()
                .get("deadLetters")
                .get(0)
                .get("reason")
                .asText();
        assertTrue(reason.contains("Assisto never sent a document NEVER-SENT-" + RUN), reason);
        assertEquals(
                "SOAP_PUSH",
                Api.as("office")
                        .get("erp/exchanges/" + exchangeId)
                        .json()
                        .get("exchange")
                        .get("transport")
                        .asText());

        String again = text(erp.invoke(new StreamSource(new StringReader(message))));
        assertTrue(again.contains("<doppione>true</doppione>"), again);

        // the ERP's door is the ERP's: the back office and technicians may not call it
        for (String staff : List.of("office", "tech1")) {
            Dispatch<Source> other = client("erp", "erp");
            other.getRequestContext().put(BindingProvider.USERNAME_PROPERTY, staff);
            other.getRequestContext().put(BindingProvider.PASSWORD_PROPERTY, staff);
            try {
                other.invoke(new StreamSource(new StringReader(message)));
                throw new AssertionError(staff + " may not call the ERP's SOAP service");
            } catch (jakarta.xml.ws.WebServiceException refused) {
                assertTrue(
                        !(refused instanceof SOAPFaultException)
                                && refused.getMessage().contains("403"),
                        refused.getMessage());
            }
        }
    }

    private static String result(String reference, String invoice, String date) {
        return "<esitoFatturazione><riferimento>" + reference + "</riferimento><idDocumento>D-" + RUN
                + "</idDocumento><numeroFattura>" + invoice + "</numeroFattura><dataFattura>" + date
                + "</dataFattura></esitoFatturazione>";
    }

    /** A JAX-WS client of the service, made from the WSDL the server publishes (fetched with the caller's login). */
    private static Dispatch<Source> client(String user, String password) throws Exception {
        java.net.http.HttpResponse<byte[]> wsdl = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create(DeployedAssisto.BASE_URL + "soap/erp?wsdl"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + java.util.Base64.getEncoder()
                                                        .encodeToString((user + ":" + password)
                                                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, wsdl.statusCode(), "the WSDL is served");
        Path file = Files.createDirectories(Path.of("target", "wsdl")).resolve("erp.wsdl");
        Files.write(file, wsdl.body());
        Service service = Service.create(file.toUri().toURL(), new QName(NS, "ScambioErpService"));
        Dispatch<Source> dispatch =
                service.createDispatch(new QName(NS, "ScambioErpPort"), Source.class, Service.Mode.PAYLOAD);
        dispatch.getRequestContext().put(BindingProvider.USERNAME_PROPERTY, user);
        dispatch.getRequestContext().put(BindingProvider.PASSWORD_PROPERTY, password);
        dispatch.getRequestContext()
                .put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, DeployedAssisto.BASE_URL + "soap/erp");
        return dispatch;
    }

    private static String text(Source source) throws Exception {
        StringWriter out = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(source, new StreamResult(out));
        return out.toString();
    }
}
