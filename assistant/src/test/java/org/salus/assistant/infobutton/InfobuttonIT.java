package org.salus.assistant.infobutton;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.salus.assistant.security.ClinicIntegrationTest;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Infobutton endpoint for codes in each supported system, as MedlinePlus-Connect-style JSON and Atom. */
class InfobuttonIT extends ClinicIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} {1} ({2}) -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2.16.840.1.113883.6.90 | I63.9     | en | https://example.org/stroke
            2.16.840.1.113883.6.90 | I63.9     | es | https://example.org/es/ictus
            2.16.840.1.113883.6.90 | I21.9     | en | https://example.org/heart-attack
            2.16.840.1.113883.6.90 | J45.909   | en | -
            2.16.840.1.113883.6.96 | 230690007 | en | https://example.org/stroke
            2.16.840.1.113883.6.96 | 22298006  | en | https://example.org/heart-attack
            2.16.840.1.113883.6.96 | 195967001 | en | -
            2.16.840.1.113883.6.88 | 1191      | en | https://example.org/aspirin
            2.16.840.1.113883.6.88 | 161       | en | -
            2.16.840.1.113883.6.1  | 2345-7    | en | https://example.org/glucose-test
            2.16.840.1.113883.6.1  | 2345-7    | sp | https://example.org/glucose-test
            2.16.840.1.113883.6.1  | 4548-4    | en | -
            """)
    void findsTopicsByCodeAsJsonAndAtom(String oid, String code, String language, String expectedUrl) throws Exception {
        String query = "/infobutton?mainSearchCriteria.v.c=" + code + "&mainSearchCriteria.v.cs=" + oid
                + "&informationRecipient.languageCode.c=" + language;

        var json = get(query + "&knowledgeResponseType=application/json", "X-API-Key", API_KEY);
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode feed = JSON.readTree(json.body()).get("feed");
        assertThat(feed.get("category").findValuesAsText("term")).contains(code, oid);
        List<String> jsonLinks = feed.get("entry").findValuesAsText("href");

        var xml = get(query + "&knowledgeResponseType=text/xml", "X-API-Key", API_KEY);
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/xml");
        List<String> atomLinks = atomLinks(xml.body());

        if (expectedUrl == null) {
            assertThat(jsonLinks).isEmpty();
            assertThat(atomLinks).isEmpty();
        } else {
            assertThat(jsonLinks).containsExactly(expectedUrl);
            assertThat(atomLinks).containsExactly(expectedUrl);
            assertThat(feed.get("entry").get(0).get("summary").get("_value").asText()).isNotBlank();
        }
    }

    @Test
    void defaultsToAtomAndFindsByDisplayName() throws Exception {
        var xml = get("/infobutton?mainSearchCriteria.v.dn=Heart%20attack", "X-API-Key", API_KEY);
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(atomLinks(xml.body())).containsExactly("https://example.org/heart-attack");
    }

    @Test
    void rejectsUnknownCodeSystemLanguageAndType() throws Exception {
        for (String query : List.of("mainSearchCriteria.v.c=I63.9&mainSearchCriteria.v.cs=1.2.3",
                "mainSearchCriteria.v.c=I63.9&mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&informationRecipient.languageCode.c=fr",
                "mainSearchCriteria.v.c=I63.9&mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&knowledgeResponseType=text/html",
                "informationRecipient.languageCode.c=en")) {
            var response = get("/infobutton?" + query, "X-API-Key", API_KEY);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.body()).as(query).contains("detail");
        }
    }

    private static List<String> atomLinks(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        NodeList entries = doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        List<String> links = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element link = (Element) ((Element) entries.item(i)).getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link").item(0);
            links.add(link.getAttribute("href"));
        }
        return links;
    }
}
