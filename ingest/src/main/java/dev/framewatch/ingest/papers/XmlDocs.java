package dev.framewatch.ingest.papers;

import dev.framewatch.ingest.crawl.MalformedResponseException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Strict XML for the XML upstreams (arXiv Atom, ACL Anthology): a truncated or malformed document is a
 * {@link MalformedResponseException} naming line and column, not a silently shortened listing. No DTDs, no external entities.
 */
public final class XmlDocs {
  private XmlDocs() {}

  public static Document parse(String xml) throws MalformedResponseException {
    if (xml == null || xml.isBlank()) {
      throw new MalformedResponseException("empty response, expected XML");
    }
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      });
      return b.parse(new InputSource(new StringReader(xml)));
    } catch (SAXParseException e) {
      throw new MalformedResponseException("malformed XML at line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
          + e.getMessage(), e);
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new MalformedResponseException("unreadable XML: " + e.getMessage(), e);
    }
  }

  /** Child elements of {@code parent} with this namespace and local name, in order (direct children only). */
  public static List<Element> children(Element parent, String ns, String localName) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && localName.equals(e.getLocalName()) && equalsNs(ns, e.getNamespaceURI())) {
        out.add(e);
      }
    }
    return out;
  }

  public static Element child(Element parent, String ns, String localName) {
    List<Element> c = children(parent, ns, localName);
    return c.isEmpty() ? null : c.get(0);
  }

  /** The text of the first such child, all markup inside flattened; null when there is none. */
  public static String childText(Element parent, String ns, String localName) {
    Element c = child(parent, ns, localName);
    return c == null ? null : c.getTextContent();
  }

  private static boolean equalsNs(String a, String b) {
    return a == null ? b == null || b.isEmpty() : a.equals(b);
  }

  /** The serialized element, for a dead letter's input. */
  public static String outerXml(Element e) {
    try {
      javax.xml.transform.Transformer t = javax.xml.transform.TransformerFactory.newInstance().newTransformer();
      t.setOutputProperty(javax.xml.transform.OutputKeys.OMIT_XML_DECLARATION, "yes");
      java.io.StringWriter w = new java.io.StringWriter();
      t.transform(new javax.xml.transform.dom.DOMSource(e), new javax.xml.transform.stream.StreamResult(w));
      return w.toString();
    } catch (javax.xml.transform.TransformerException ex) {
      return e.getTextContent();
    }
  }
}
