package io.jenkins.plugins.workbenchcredentials.usage;

import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a Jenkins item's {@code config.xml} into a {@link JobDefinition}. The XML is parsed rather than
 * scanned as text, because Jenkins writes quotes in text as {@code &apos;} and {@code &quot;}: a
 * Pipeline script's {@code 'dockerhub-id'} is only found once the entities are decoded.
 *
 * <p>An element whose name mentions a credential ({@code credentialsId}, {@code credentialId}, …) and
 * whose whole text is a valid ID is a reference to that ID; any other text is kept when it may quote an
 * ID. DTDs are refused, so no entity can be expanded and nothing outside the text is read.
 */
public final class JobConfigReader {
    private static final String SCRIPT_ELEMENT = "script";
    private static final String DEFINITION_ELEMENT = "definition";
    private static final String INLINE_DEFINITION = "org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition";
    private static final String BRANCH_DEFINITION_SUFFIX = ".SCMBinder";

    private JobConfigReader() {}

    /**
     * @throws IllegalArgumentException when the text is not well-formed XML
     */
    public static JobDefinition read(String configXml) {
        Handler handler = new Handler();
        try {
            parser().parse(new InputSource(new StringReader(configXml)), handler);
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("Not a readable config.xml: " + e.getMessage(), e);
        }
        return handler.result();
    }

    private static SAXParser parser() throws SAXException {
        try {
            // The JDK's own parser, whatever other JAXP implementation a host puts on the class path.
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            return factory.newSAXParser();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's SAX parser cannot be configured safely", e);
        }
    }

    private static final class Handler extends DefaultHandler {
        private final StringBuilder references = new StringBuilder();
        private final Deque<StringBuilder> texts = new ArrayDeque<>();
        private final Deque<String> names = new ArrayDeque<>();
        private JobDefinition.ScriptLocation script = JobDefinition.ScriptLocation.STORED;
        private boolean inlineScript;
        private boolean root = true;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (root) {
                root = false;
                if (qName.endsWith("MultiBranchProject") || qName.endsWith("OrganizationFolder")) {
                    script = JobDefinition.ScriptLocation.MULTIBRANCH;
                }
            }
            if (qName.equals(DEFINITION_ELEMENT) && names.size() == 1) {
                String type = attributes.getValue("class");
                if (type != null && !type.equals(INLINE_DEFINITION)) {
                    script = type.endsWith(BRANCH_DEFINITION_SUFFIX)
                            ? JobDefinition.ScriptLocation.BRANCH
                            : JobDefinition.ScriptLocation.SCM;
                }
            }
            names.push(qName);
            texts.push(new StringBuilder());
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!texts.isEmpty()) {
                texts.peek().append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            String name = names.pop();
            String text = texts.pop().toString();
            String trimmed = text.strip();
            if (name.equals(SCRIPT_ELEMENT) && DEFINITION_ELEMENT.equals(names.peek())) {
                inlineScript = true;
            }
            if (name.toLowerCase(Locale.ROOT).contains("credential") && CredentialId.isValid(trimmed)) {
                references.append('>').append(trimmed).append("<\n");
            } else if (text.indexOf('\'') >= 0 || text.indexOf('"') >= 0) {
                references.append(text).append('\n');
            }
        }

        JobDefinition result() {
            String source = inlineScript ? JobDefinition.PIPELINE_SCRIPT : JobDefinition.CONFIG_XML;
            return new JobDefinition(references.toString(), source, script);
        }
    }
}
