package com.assisto.erpsimulator;

import com.assisto.erpsimulator.soap.generated.Documenti;
import com.assisto.erpsimulator.soap.generated.ElencoEsiti;
import com.assisto.erpsimulator.soap.generated.ElencoEsitiResponse;
import com.assisto.erpsimulator.soap.generated.Esito;
import com.assisto.erpsimulator.soap.generated.RegistraDocumento;
import com.assisto.erpsimulator.soap.generated.RegistraDocumentoResponse;
import com.assisto.erpsimulator.soap.generated.Riga;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.Resource;
import jakarta.jws.WebService;
import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFactory;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import javax.xml.namespace.QName;

/**
 * The SOAP service {@code DocumentiService} (contract: {@code wsdl/erp-documenti.wsdl}). It books through the same
 * {@link Ledger} and admits calls through the same {@link Gate} as the WebAPI, so the channels act as one ERP.
 *
 * <p>Public only because the JAX-WS runtime invokes its methods reflectively; only the simulator creates it.
 */
@WebService(
        serviceName = "DocumentiService",
        portName = "DocumentiPort",
        targetNamespace = "urn:assisto:erp:documenti",
        endpointInterface = "com.assisto.erpsimulator.soap.generated.Documenti",
        wsdlLocation = "wsdl/erp-documenti.wsdl")
public class DocumentiEndpoint implements Documenti {

    private static final DatatypeFactory DATES = DatatypeFactory.newDefaultInstance();

    private final Gate gate;
    private final Ledger ledger;

    /** Injected by the JAX-WS runtime for each call: it carries the HTTP headers and the HTTP status to answer. */
    @Resource
    private WebServiceContext context;

    DocumentiEndpoint(Gate gate, Ledger ledger) {
        this.gate = gate;
        this.ledger = ledger;
    }

    /** An operation's body, which may refuse the call. */
    private interface Operation<T> {
        T run() throws ErpException;
    }

    @Override
    public RegistraDocumentoResponse registraDocumento(RegistraDocumento request) {
        return admitted(() -> {
            String key = required("riferimento", request.getRiferimento());
            String type = required("tipo", request.getTipo());
            String customer = required("codCliente", request.getCodCliente());
            LocalDate date = date("dataDocumento", request.getDataDocumento());
            BigDecimal amount = request.getImporto();
            if (amount != null && amount.stripTrailingZeros().scale() > 2) {
                throw new ErpException(400, "campo importo: al massimo 2 decimali");
            }
            Ledger.Booking booking = ledger.book(key, type, customer, date, asWebApiJson(request, date));
            RegistraDocumentoResponse response = new RegistraDocumentoResponse();
            response.setIdDocumento(booking.document().erpId());
            response.setRiferimento(key);
            response.setDuplicato(booking.duplicate());
            return response;
        });
    }

    @Override
    public ElencoEsitiResponse elencoEsiti(ElencoEsiti request) {
        return admitted(() -> {
            XMLGregorianCalendar since = request.getDal();
            ElencoEsitiResponse response = new ElencoEsitiResponse();
            for (ReceivedDocument document : ledger.invoicedSince(since == null ? null : date("dal", since))) {
                Esito outcome = new Esito();
                outcome.setRiferimento(document.key());
                outcome.setIdDocumento(document.erpId());
                outcome.setNumeroFattura(document.invoiceNumber());
                LocalDate invoiceDate = document.invoiceDate();
                outcome.setDataFattura(DATES.newXMLGregorianCalendarDate(
                        invoiceDate.getYear(),
                        invoiceDate.getMonthValue(),
                        invoiceDate.getDayOfMonth(),
                        DatatypeConstants.FIELD_UNDEFINED));
                response.getEsito().add(outcome);
            }
            return response;
        });
    }

    private <T> T admitted(Operation<T> operation) {
        try {
            gate.enter(authorization());
        } catch (ErpException refused) {
            // a refusal at the door keeps its HTTP status (401, 429, 503...), as the WebAPI's does
            context.getMessageContext().put(MessageContext.HTTP_RESPONSE_CODE, refused.status());
            throw fault(refused);
        }
        try {
            return operation.run();
        } catch (ErpException invalid) {
            // a request the service read and rejected is a plain SOAP 1.1 fault, which travels with HTTP 500
            throw fault(invalid);
        } finally {
            gate.leave();
        }
    }

    /** The Authorization header, looked up whatever its case, since HTTP header names are case-insensitive. */
    private String authorization() {
        if (context.getMessageContext().get(MessageContext.HTTP_REQUEST_HEADERS) instanceof Map<?, ?> headers) {
            for (Map.Entry<?, ?> header : headers.entrySet()) {
                if (header.getKey() instanceof String name
                        && name.equalsIgnoreCase("Authorization")
                        && header.getValue() instanceof List<?> values
                        && !values.isEmpty()) {
                    return String.valueOf(values.get(0));
                }
            }
        }
        return null;
    }

    /** Client for what the caller must change, Server for what the ERP failed to do. */
    private static SOAPFaultException fault(ErpException cause) {
        String code = cause.status() < 500 ? "Client" : "Server";
        try {
            return new SOAPFaultException(SOAPFactory.newInstance()
                    .createFault(cause.getMessage(), new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, code)));
        } catch (SOAPException e) {
            throw new WebServiceException("cannot build the SOAP fault for: " + cause.getMessage(), e);
        }
    }

    private static String required(String field, String value) throws ErpException {
        if (value == null || value.isBlank()) {
            throw new ErpException(400, "campo " + field + " mancante o vuoto");
        }
        return value;
    }

    /** JAXB leaves a date it cannot read null, so null means missing or unreadable. */
    private static LocalDate date(String field, XMLGregorianCalendar date) throws ErpException {
        if (date == null) {
            throw new ErpException(400, "campo " + field + " mancante o non valido");
        }
        try {
            return LocalDate.of(date.getYear(), date.getMonth(), date.getDay());
        } catch (DateTimeException e) {
            throw new ErpException(400, "campo " + field + ": data non valida " + date);
        }
    }

    /** The request in the WebAPI's JSON shape, so a test reads a document the same way whichever channel sent it. */
    private static String asWebApiJson(RegistraDocumento request, LocalDate date) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("riferimento", request.getRiferimento());
        json.put("tipo", request.getTipo());
        json.put("cod_cliente", request.getCodCliente());
        json.put("data_documento", Json.erpDate(date));
        if (request.getImporto() != null) {
            json.put("importo", request.getImporto());
        }
        ArrayNode lines = json.putArray("righe");
        for (Riga line : request.getRighe()) {
            lines.addObject()
                    .put("cod_articolo", line.getCodArticolo())
                    .put("descrizione", line.getDescrizione())
                    .put("quantita", line.getQuantita())
                    .put("prezzo", line.getPrezzo());
        }
        return Json.write(json);
    }
}
