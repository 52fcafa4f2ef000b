package com.assisto.interfaces.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/** What a message the ERP sent over SOAP did: its exchange in the log, whether it came before, and the counts. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
        name = "esitoInvio",
        propOrder = {"idScambio", "doppione", "ricevuti", "applicati", "invariati", "scartati"})
public class PushOutcomeSoap {

    public long idScambio;
    public boolean doppione;
    public int ricevuti;
    public int applicati;
    public int invariati;
    public int scartati;
}
