package com.assisto.integration.erp.soap;

import com.assisto.application.exchange.OutboundMessage;
import com.assisto.integration.erp.exchange.ErpCallFailed;
import com.assisto.integration.erp.mexal.MexalDocuments;
import com.assisto.integration.erp.mexal.MexalWebApi;
import com.assisto.integration.erp.soap.generated.Documenti;
import com.assisto.integration.erp.soap.generated.DocumentiService;
import com.assisto.integration.erp.soap.generated.RegistraDocumentoResponse;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The client of an ERP that takes documents over SOAP (X3): the service {@code DocumentiService}
 * of the ERP's WSDL, called through stubs that wsimport made from it and Payara's Metro runs. The
 * ERP's credentials travel as on the WebAPI. Its answers are sorted by the WebAPI's rules: a
 * Server fault or an unreachable ERP is worth trying again, a Client fault is a refusal, a 401 a
 * refusal of the credentials.
 */
public final class MexalSoapClient {

    private static final Pattern STATUS = Pattern.compile("status code (\\d{3})");

    /**
     * Made at the first call and kept: reading the WSDL is the costly part, and a server whose
     * ERP takes no SOAP never needs it. A port is made per call, since ports are not thread-safe.
     */
    private DocumentiService service;

    /** What the ERP booked: its document's id, and whether it had booked the reference before. */
    public record Booking(String erpDocument, boolean duplicate) {}

    public Booking register(OutboundMessage message) throws ErpCallFailed {
        Documenti port = service().getDocumentiPort();
        BindingProvider binding = (BindingProvider) port;
        Map<String, Object> request = binding.getRequestContext();
        request.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, MexalWebApi.url() + "/soap/documenti");
        request.put(
                MessageContext.HTTP_REQUEST_HEADERS,
                MexalWebApi.headers().entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, header -> List.of(header.getValue()))));
        request.put("com.sun.xml.ws.connect.timeout", setting("erp.webapi.connect-timeout-millis", 5000));
        request.put("com.sun.xml.ws.request.timeout", setting("erp.webapi.timeout-millis", 30000));
        try {
            RegistraDocumentoResponse answer = port.registraDocumento(MexalDocuments.soap(message));
            return new Booking(answer.getIdDocumento(), answer.isDuplicato());
        } catch (SOAPFaultException fault) {
            Object status = binding.getResponseContext() == null
                    ? null
                    : binding.getResponseContext().get(MessageContext.HTTP_RESPONSE_CODE);
            boolean server =
                    "Server".equals(fault.getFault().getFaultCodeAsQName().getLocalPart());
            int code = status instanceof Integer http && http != 500 ? http : server ? 500 : 400;
            throw new ErpCallFailed(code, "SOAP fault " + fault.getFault().getFaultString(), fault);
        } catch (WebServiceException broken) {
            // Metro says the HTTP status of an answer that is no SOAP message only in its text
            Matcher status = STATUS.matcher(String.valueOf(broken.getMessage()));
            throw new ErpCallFailed(
                    status.find() ? Integer.parseInt(status.group(1)) : 0, String.valueOf(broken.getMessage()), broken);
        }
    }

    private synchronized DocumentiService service() {
        if (service == null) {
            service = new DocumentiService();
        }
        return service;
    }

    private static int setting(String name, int fallback) {
        return ConfigProvider.getConfig().getOptionalValue(name, Integer.class).orElse(fallback);
    }
}
