package org.interchange.mapi.client.internal.autodiscover;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.interchange.mapi.client.MapiProtocolException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The autodiscover POX request body and the reading of its response, [MS-OXDSCLI] 2.2.3 and 2.2.4.
 * Responses are parsed with DOCTYPE declarations and external entities refused.
 */
public final class PoxXml {
    static final String REQUEST_NS = "http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006";
    static final String RESPONSE_SCHEMA =
            "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";

    private PoxXml() {
    }

    /** The request for {@code emailAddress}, asking for the Outlook response schema. */
    public static byte[] request(String emailAddress) {
        String escaped = emailAddress.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<Autodiscover xmlns=\"" + REQUEST_NS + "\">\n"
                + "  <Request>\n"
                + "    <EMailAddress>" + escaped + "</EMailAddress>\n"
                + "    <AcceptableResponseSchema>" + RESPONSE_SCHEMA + "</AcceptableResponseSchema>\n"
                + "  </Request>\n"
                + "</Autodiscover>\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a response; fails with {@link MapiProtocolException} when it is not POX autodiscover. */
    public static PoxAnswer parse(byte[] xml) {
        Document doc;
        try {
            doc = secureBuilder().parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            throw new MapiProtocolException("malformed autodiscover response: " + e.getMessage(), e);
        }
        Optional<Element> error = first(doc.getDocumentElement(), "Error");
        if (error.isPresent()) {
            return new PoxAnswer.Error(text(error.get(), "ErrorCode").orElse(""),
                    text(error.get(), "Message").orElse(""));
        }
        Element account = first(doc.getDocumentElement(), "Account").orElseThrow(
                () -> new MapiProtocolException("autodiscover response has neither Account nor Error"));
        String action = text(account, "Action").orElse("");
        switch (action.toLowerCase(java.util.Locale.ROOT)) {
            case "redirectaddr" -> {
                return new PoxAnswer.RedirectAddress(text(account, "RedirectAddr").orElseThrow(
                        () -> new MapiProtocolException("redirectAddr without RedirectAddr")));
            }
            case "redirecturl" -> {
                return new PoxAnswer.RedirectUrl(uri(text(account, "RedirectUrl").orElseThrow(
                        () -> new MapiProtocolException("redirectUrl without RedirectUrl"))));
            }
            case "settings" -> {
                Element user = first(doc.getDocumentElement(), "User").orElse(null);
                URI mailbox = null;
                URI addressBook = null;
                for (Element protocol : children(account, "Protocol")) {
                    if ("mapiHttp".equalsIgnoreCase(protocol.getAttribute("Type"))) {
                        mailbox = first(protocol, "MailStore").flatMap(PoxXml::url).orElse(null);
                        addressBook = first(protocol, "AddressBook").flatMap(PoxXml::url).orElse(null);
                    }
                }
                return new PoxAnswer.Settings(user == null ? "" : text(user, "DisplayName").orElse(""),
                        user == null ? "" : text(user, "LegacyDN").orElse(""),
                        user == null ? "" : text(user, "AutoDiscoverSMTPAddress").orElse(""), mailbox, addressBook);
            }
            default -> throw new MapiProtocolException("autodiscover Action '" + action + "' is not understood");
        }
    }

    /** ExternalUrl, else InternalUrl. */
    private static Optional<URI> url(Element parent) {
        return text(parent, "ExternalUrl").or(() -> text(parent, "InternalUrl")).map(PoxXml::uri);
    }

    private static URI uri(String s) {
        try {
            return URI.create(s);
        } catch (IllegalArgumentException e) {
            throw new MapiProtocolException("autodiscover returned an invalid URL: " + s, e);
        }
    }

    private static Optional<Element> first(Element parent, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS("*", localName);
        return nodes.getLength() == 0 ? Optional.empty() : Optional.of((Element) nodes.item(0));
    }

    private static java.util.List<Element> children(Element parent, String localName) {
        java.util.List<Element> out = new java.util.ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static Optional<String> text(Element parent, String localName) {
        return first(parent, localName).map(e -> e.getTextContent().strip()).filter(s -> !s.isEmpty());
    }

    private static DocumentBuilder secureBuilder() {
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
