package com.assisto.integration.erp.exchange;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An XML drop file (X3): each child of the root element is a record, each child of a record a
 * field named as in the WebAPI's JSON (a field repeated is a list, as the instalments of an invoice
 * are). The records are read one at a time and go through the flow's JSON translator, so XML needs
 * no mapping of its own; a record keeps its line and, as payload, its JSON. DTDs and external
 * entities are refused: a file never makes the server fetch anything.
 */
public final class XmlRecords {

    /** One provider for every call: {@code Json.create…} looks the provider up anew each time. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    static {
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private XmlRecords() {}

    /** The file's records, as they are read; a file that is not well-formed XML stops with an IllegalArgumentException naming the line. */
    public static <R> Iterator<Parsed<R>> read(InputStream in, InboundFlow<R> inbound) {
        XMLStreamReader xml;
        try {
            xml = FACTORY.createXMLStreamReader(in, "UTF-8");
            xml.nextTag(); // the root
        } catch (XMLStreamException broken) {
            throw new IllegalArgumentException("the file is not XML: " + broken.getMessage(), broken);
        }
        return new Iterator<>() {
            private final Deque<Parsed<R>> pending = new ArrayDeque<>();
            private boolean ended;

            @Override
            public boolean hasNext() {
                while (pending.isEmpty() && !ended) {
                    readRecord();
                }
                return !pending.isEmpty();
            }

            @Override
            public Parsed<R> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return pending.removeFirst();
            }

            private void readRecord() {
                try {
                    int event = xml.nextTag();
                    if (event == XMLStreamConstants.END_ELEMENT) {
                        ended = true; // the root closes
                        return;
                    }
                    long line = xml.getLocation().getLineNumber();
                    JsonObject record = record(xml);
                    for (Parsed<R> parsed : inbound.fromJson(record)) {
                        pending.add(
                                new Parsed<>(line, parsed.key(), parsed.payload(), parsed.record(), parsed.problem()));
                    }
                } catch (XMLStreamException broken) {
                    throw new IllegalArgumentException(
                            "line " + broken.getLocation().getLineNumber() + ": the XML is broken: "
                                    + broken.getMessage(),
                            broken);
                }
            }
        };
    }

    /** The record the reader stands on, its fields by name, a repeated field as a list. */
    private static JsonObject record(XMLStreamReader xml) throws XMLStreamException {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            fields.computeIfAbsent(name, key -> new java.util.ArrayList<>())
                    .add(xml.getElementText().strip());
        }
        JsonObjectBuilder record = JSON.createObjectBuilder();
        fields.forEach((name, values) -> {
            if (values.size() == 1) {
                record.add(name, values.get(0));
            } else {
                JsonArrayBuilder list = JSON.createArrayBuilder();
                values.forEach(list::add);
                record.add(name, list);
            }
        });
        return record.build();
    }
}
