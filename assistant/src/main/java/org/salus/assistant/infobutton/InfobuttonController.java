package org.salus.assistant.infobutton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.salus.assistant.web.ApiException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.salus.assistant.web.PublicUrls;

/**
 * {@code GET /infobutton}: the HL7 Infobutton URL form as MedlinePlus Connect takes it, answered with the vetted
 * topics whose documents carry the code (or, without a code, match the display name), as Atom or JSON.
 */
@RestController
class InfobuttonController {

    static final int MAX_TOPICS = 10;

    private final Topics topics;
    private final PublicUrls urls;

    InfobuttonController(Topics topics, PublicUrls urls) {
        this.urls = urls;
        this.topics = topics;
    }

    @GetMapping("/infobutton")
    ResponseEntity<?> infobutton(
            @RequestParam(name = "mainSearchCriteria.v.c", required = false) String code,
            @RequestParam(name = "mainSearchCriteria.v.cs", required = false) String oid,
            @RequestParam(name = "mainSearchCriteria.v.dn", required = false) String displayName,
            @RequestParam(name = "informationRecipient.languageCode.c", required = false) String languageCode,
            @RequestParam(name = "knowledgeResponseType", required = false) String responseType) {
        String language = language(languageCode);
        boolean json = json(responseType);
        List<Feed.Category> categories = new ArrayList<>();
        List<Topic> found;
        String subtitle;
        if (code != null && !code.isBlank()) {
            CodeSystem system = CodeSystem.byOid(oid).orElseThrow(() -> new ApiException(400, "Unsupported code system",
                    "'mainSearchCriteria.v.cs' must be one of the OIDs " + Arrays.stream(CodeSystem.values())
                            .map(s -> s.oid() + " (" + s.corpusName() + ")").collect(Collectors.joining(", ")) + "."));
            found = topics.byCode(system, code, language, MAX_TOPICS);
            categories.add(new Feed.Category("mainSearchCriteria.v.c", code.strip()));
            categories.add(new Feed.Category("mainSearchCriteria.v.cs", system.oid()));
            subtitle = "Salus results for " + system.corpusName() + " code " + code.strip();
        } else if (displayName != null && !displayName.isBlank()) {
            found = topics.byName(displayName, language).stream().toList();
            categories.add(new Feed.Category("mainSearchCriteria.v.dn", displayName.strip()));
            subtitle = "Salus results for the name given";
        } else {
            throw new ApiException(400, "Missing search criteria",
                    "Give 'mainSearchCriteria.v.c' with 'mainSearchCriteria.v.cs', or 'mainSearchCriteria.v.dn'.");
        }
        categories.add(new Feed.Category("informationRecipient.languageCode.c", language));
        String base = urls.to("/infobutton");
        Feed feed = new Feed("urn:salus:infobutton:" + Instant.now().toEpochMilli(), base, language, subtitle,
                Instant.now(), categories, found);
        return json ? ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(FeedJson.render(feed))
                : ResponseEntity.ok().contentType(MediaType.parseMediaType("text/xml;charset=UTF-8"))
                        .body(FeedAtom.render(feed));
    }

    private static String language(String code) {
        if (code == null || code.isBlank() || code.strip().equalsIgnoreCase("en")) {
            return "en";
        }
        String c = code.strip().toLowerCase(java.util.Locale.ROOT);
        if (c.equals("es") || c.equals("sp") || c.startsWith("es-")) {
            return "es";
        }
        throw new ApiException(400, "Unsupported language", "'informationRecipient.languageCode.c' must be 'en' or 'es'.");
    }

    private static boolean json(String type) {
        if (type == null || type.isBlank() || type.equalsIgnoreCase("text/xml") || type.equalsIgnoreCase("application/atom+xml")) {
            return false;
        }
        if (type.equalsIgnoreCase("application/json")) {
            return true;
        }
        throw new ApiException(400, "Unsupported response type",
                "'knowledgeResponseType' must be 'text/xml' or 'application/json'.");
    }
}
