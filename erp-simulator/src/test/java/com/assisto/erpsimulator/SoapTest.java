package com.assisto.erpsimulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.assisto.erpsimulator.soap.generated.Documenti;
import com.assisto.erpsimulator.soap.generated.DocumentiService;
import com.assisto.erpsimulator.soap.generated.ElencoEsiti;
import com.assisto.erpsimulator.soap.generated.Esito;
import com.assisto.erpsimulator.soap.generated.RegistraDocumento;
import com.assisto.erpsimulator.soap.generated.RegistraDocumentoResponse;
import com.assisto.erpsimulator.soap.generated.Riga;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import javax.xml.datatype.DatatypeFactory;
import org.junit.jupiter.api.Test;

/** The SOAP service through a JAX-WS client generated from the same WSDL, and through raw HTTP. */
class SoapTest extends RunningSimulator {

    private static final DatatypeFactory DATES = DatatypeFactory.newDefaultInstance();
    private static final DocumentiService SERVICE = new DocumentiService();

    @Test
    void theWsdlIsServedWithTheRealAddress() {
        HttpResponse<String> wsdl =
                client.send(HttpRequest.newBuilder(URI.create(simulator.webApiUrl() + ErpSimulator.SOAP_PATH + "?wsdl"))
                        .build());

        assertEquals(200, wsdl.statusCode());
        assertTrue(wsdl.body().contains("name=\"DocumentiService\""), wsdl.body());
        assertTrue(wsdl.body().contains("urn:assisto:erp:documenti"), wsdl.body());
        assertTrue(wsdl.body().contains(simulator.webApiUrl() + ErpSimulator.SOAP_PATH), wsdl.body());
    }

    @Test
    void aDocumentIsBookedOnceWhetherPostedOverRestOrSoap() throws Exception {
        HttpResponse<String> rest =
                client.postDocument("BOLLA-77", WebApiClient.document("BOLLA-77", "BOLLA", "C001", "20260410"));

        RegistraDocumentoResponse soap = port(WebApiClient.AUTHORIZATION).registraDocumento(bolla("BOLLA-77"));

        assertEquals(201, rest.statusCode());
        assertTrue(soap.isDuplicato());
        assertEquals("BOLLA-77", soap.getRiferimento());
        assertEquals(Json.MAPPER.readTree(rest.body()).get("id_documento").asText(), soap.getIdDocumento());
        assertEquals(1, simulator.received().size());
        assertEquals(2, simulator.received().get(0).timesPosted());
        assertEquals(2, simulator.postsReceived());
    }

    @Test
    void aDocumentBookedOverSoapKeepsItsDataInTheWebApiShape() throws Exception {
        Documenti port = port(WebApiClient.AUTHORIZATION);

        RegistraDocumentoResponse first = port.registraDocumento(bolla("BOLLA-78"));
        RegistraDocumentoResponse again = port.registraDocumento(bolla("BOLLA-78"));
        HttpResponse<String> rest =
                client.postDocument("BOLLA-78", WebApiClient.document("BOLLA-78", "BOLLA", "C001", "20260410"));

        assertFalse(first.isDuplicato());
        assertTrue(again.isDuplicato());
        assertEquals(first.getIdDocumento(), again.getIdDocumento());
        assertEquals(200, rest.statusCode());
        ReceivedDocument booked = simulator.received().get(0);
        assertEquals(3, booked.timesPosted());
        JsonNode json = Json.MAPPER.readTree(booked.json());
        assertEquals("C001", json.get("cod_cliente").asText());
        assertEquals("20260410", json.get("data_documento").asText());
        assertEquals("99.90", json.get("importo").decimalValue().toPlainString());
        assertEquals("ART-1", json.get("righe").get(0).get("cod_articolo").asText());
    }

    @Test
    void invoicingResultsAreListedSinceADay() {
        Documenti port = port(WebApiClient.AUTHORIZATION);
        port.registraDocumento(bolla("BOLLA-79"));
        client.postDocument("RATA-1", WebApiClient.document("RATA-1", "RATA", "C002", "20260501"));

        ElencoEsiti all = new ElencoEsiti();
        ElencoEsiti sinceMay = new ElencoEsiti();
        sinceMay.setDal(DATES.newXMLGregorianCalendar("2026-05-01"));
        List<Esito> everything = port.elencoEsiti(all).getEsito();
        List<Esito> fromMay = port.elencoEsiti(sinceMay).getEsito();

        assertEquals(2, everything.size());
        assertEquals("BOLLA-79", everything.get(0).getRiferimento());
        assertEquals("FT/2026/000001", everything.get(0).getNumeroFattura());
        assertEquals("2026-04-10", everything.get(0).getDataFattura().toXMLFormat());
        assertEquals(1, fromMay.size());
        assertEquals("RATA-1", fromMay.get(0).getRiferimento());
    }

    @Test
    void aMissingFieldIsAClientFaultNamingIt() {
        RegistraDocumento noCustomer = bolla("BOLLA-80");
        noCustomer.setCodCliente(null);

        SOAPFaultException fault = assertThrows(
                SOAPFaultException.class, () -> port(WebApiClient.AUTHORIZATION).registraDocumento(noCustomer));

        assertEquals("campo codCliente mancante o vuoto", fault.getFault().getFaultString());
        assertEquals("Client", fault.getFault().getFaultCodeAsQName().getLocalPart());
        assertTrue(simulator.received().isEmpty());
    }

    @Test
    void wrongCredentialsAreRefusedWithHttp401() {
        WebServiceException refused = assertThrows(
                WebServiceException.class,
                () -> port("Passepartout d3Jvbmc6d3Jvbmc=").registraDocumento(bolla("X")));

        assertTrue(refused.getMessage().contains("401"), refused.getMessage());
        assertEquals(1, simulator.unauthorizedCalls());
        assertTrue(simulator.received().isEmpty());
    }

    @Test
    void theRefusalIsStillASoapFaultForThoseWhoReadTheBody() {
        HttpResponse<String> response =
                client.send(HttpRequest.newBuilder(URI.create(simulator.webApiUrl() + ErpSimulator.SOAP_PATH))
                        .header("Content-Type", "text/xml; charset=utf-8")
                        .header("SOAPAction", "\"urn:assisto:erp:documenti:elencoEsiti\"")
                        .POST(HttpRequest.BodyPublishers.ofString("""
                        <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
                                       xmlns:d="urn:assisto:erp:documenti">
                          <soap:Body><d:elencoEsiti/></soap:Body>
                        </soap:Envelope>"""))
                        .build());

        assertEquals(401, response.statusCode());
        assertTrue(response.body().contains("Fault"), response.body());
        assertTrue(response.body().contains("intestazione Authorization mancante"), response.body());
    }

    @Test
    void inError500ModeSoapFaultsAndBooksNothing() {
        simulator.mode(Mode.ERROR_500);

        SOAPFaultException fault = assertThrows(
                SOAPFaultException.class, () -> port(WebApiClient.AUTHORIZATION).registraDocumento(bolla("X")));

        assertEquals("errore interno", fault.getFault().getFaultString());
        assertEquals("Server", fault.getFault().getFaultCodeAsQName().getLocalPart());
        assertTrue(simulator.received().isEmpty());
    }

    @Test
    void inUnauthorizedModeSoapIsRefusedToo() {
        simulator.mode(Mode.UNAUTHORIZED);

        assertThrows(
                WebServiceException.class,
                () -> port(WebApiClient.AUTHORIZATION).elencoEsiti(new ElencoEsiti()));

        assertEquals(1, simulator.unauthorizedCalls());
    }

    @Test
    void anAbsentAmountIsNotRequired() {
        RegistraDocumento noAmount = bolla("BOLLA-81");
        noAmount.setImporto(null);

        RegistraDocumentoResponse booked = port(WebApiClient.AUTHORIZATION).registraDocumento(noAmount);

        assertFalse(booked.isDuplicato());
        assertFalse(simulator.received().get(0).json().contains("importo"));
    }

    private static Documenti port(String authorization) {
        Documenti port = SERVICE.getDocumentiPort();
        Map<String, Object> request = ((BindingProvider) port).getRequestContext();
        request.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, simulator.webApiUrl() + ErpSimulator.SOAP_PATH);
        request.put(MessageContext.HTTP_REQUEST_HEADERS, Map.of("Authorization", List.of(authorization)));
        return port;
    }

    private static RegistraDocumento bolla(String key) {
        RegistraDocumento document = new RegistraDocumento();
        document.setRiferimento(key);
        document.setTipo("BOLLA");
        document.setCodCliente("C001");
        document.setDataDocumento(DATES.newXMLGregorianCalendar("2026-04-10"));
        document.setImporto(new BigDecimal("99.90"));
        Riga line = new Riga();
        line.setCodArticolo("ART-1");
        line.setDescrizione("Filtro aria");
        line.setQuantita(new BigDecimal("2"));
        line.setPrezzo(new BigDecimal("49.95"));
        document.getRighe().add(line);
        return document;
    }
}
