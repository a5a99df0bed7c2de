package org.interchange.mapi.server.http.autodiscover;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * An autodiscover POX request, [MS-OXDSCLI] 2.2.3: the EMailAddress (or LegacyDN) and the
 * AcceptableResponseSchema. Parsed with DTDs and external entities disabled.
 */
record PoxRequest(Optional<String> emailAddress, Optional<String> legacyDn, String acceptableResponseSchema) {
    /** The Outlook response schema, [MS-OXDSCLI] 2.2.4. */
    static final String OUTLOOK_RESPONSE_SCHEMA =
            "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";

    /** A request that is not well-formed POX. */
    static final class MalformedException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static PoxRequest parse(byte[] xml) throws MalformedException {
        try {
            Document doc = secureBuilder().parse(new ByteArrayInputStream(xml));
            return new PoxRequest(text(doc, "EMailAddress"), text(doc, "LegacyDN"),
                    text(doc, "AcceptableResponseSchema").orElse(""));
        } catch (SAXException | IOException e) {
            throw new MalformedException("malformed autodiscover request: " + e.getMessage(), e);
        }
    }

    private static Optional<String> text(Document doc, String localName) {
        NodeList nodes = doc.getElementsByTagNameNS("*", localName);
        return nodes.getLength() == 0 ? Optional.empty()
                : Optional.of(nodes.item(0).getTextContent().strip()).filter(s -> !s.isEmpty());
    }

    /** A namespace-aware DOM parser with DOCTYPE declarations and external entities refused. */
    static DocumentBuilder secureBuilder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lacks a security feature: " + e.getMessage(), e);
        }
    }
}
