package com.assisto.interfaces.soap;

import com.assisto.domain.exchange.ErpFlow;
import com.assisto.domain.exchange.Transport;
import com.assisto.integration.erp.ErpFlows;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;
import java.util.List;

/**
 * The SOAP service Assisto publishes for an ERP that pushes (X3, SOAP push), on Payara's Metro at
 * {@code /soap/erp} (WSDL at {@code /soap/erp?wsdl}), behind the same login as the REST API: the
 * ERP's user, with the ERP role (web.xml), which opens nothing else. What arrives is turned into the flow's records, shaped as
 * the WebAPI gives them, and takes the same way as a REST push: once per message key, bad records
 * to dead letters.
 */
@WebService(
        name = "ScambioErp",
        serviceName = "ScambioErpService",
        portName = "ScambioErpPort",
        targetNamespace = ErpSoapEndpoint.NAMESPACE)
public class ErpSoapEndpoint {

    /** One provider for every call: {@code Json.create…} looks the provider up anew each time. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final String NAMESPACE = "urn:assisto:erp:scambio";

    @EJB
    private ErpFlows flows;

    @Resource
    private WebServiceContext context;

    @WebMethod(operationName = "registraEsiti")
    @WebResult(name = "esitoInvio")
    public PushOutcomeSoap registerInvoicingResults(
            @WebParam(name = "chiaveMessaggio") String messageKey,
            @WebParam(name = "esitoFatturazione") List<InvoicingResultSoap> results) {
        JsonArrayBuilder records = JSON.createArrayBuilder();
        if (results != null) {
            for (InvoicingResultSoap result : results) {
                records.add(JSON.createObjectBuilder()
                        .add("riferimento", text(result.riferimento))
                        .add("id_documento", text(result.idDocumento))
                        .add("numero_fattura", text(result.numeroFattura))
                        .add("data_fattura", text(result.dataFattura)));
            }
        }
        String message = JSON.createObjectBuilder().add("dati", records).build().toString();
        ErpFlows.PushResult pushed = flows.push(
                ErpFlow.INVOICING_RESULTS,
                Transport.SOAP_PUSH,
                messageKey,
                message,
                "SOAP registraEsiti by " + context.getUserPrincipal().getName());
        PushOutcomeSoap outcome = new PushOutcomeSoap();
        outcome.idScambio = pushed.exchangeId();
        outcome.doppione = pushed.duplicate();
        outcome.ricevuti = pushed.counts().received();
        outcome.applicati = pushed.counts().applied();
        outcome.invariati = pushed.counts().unchanged();
        outcome.scartati = pushed.counts().rejected();
        return outcome;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
