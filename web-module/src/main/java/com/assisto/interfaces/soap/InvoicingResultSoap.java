package com.assisto.interfaces.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** An invoicing result as the ERP sends it over SOAP, in Mexal's words; dates AAAAMMGG or ISO. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
        name = "esitoFatturazione",
        propOrder = {"riferimento", "idDocumento", "numeroFattura", "dataFattura"})
public class InvoicingResultSoap {

    @XmlElement(required = true)
    public String riferimento;

    public String idDocumento;

    @XmlElement(required = true)
    public String numeroFattura;

    @XmlElement(required = true)
    public String dataFattura;
}
