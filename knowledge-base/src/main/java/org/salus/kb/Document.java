package org.salus.kb;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A vetted source document with its provenance and review state, the unit Salus answers from.
 * {@code updatedOn} is the date the publisher last updated the text, when the source says so (null otherwise).
 */
public record Document(
        String id,
        String title,
        String language,
        String publisher,
        String url,
        List<Section> sections,
        List<String> synonyms,
        List<Code> codes,
        Review review,
        List<SourceRef> sources,
        LocalDate updatedOn) {

    public Document {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("document id is blank");
        }
        title = title == null || title.isBlank() ? id : title.strip();
        language = language == null || language.isBlank() ? "en" : language.strip().toLowerCase(java.util.Locale.ROOT);
        publisher = publisher == null ? "" : publisher.strip();
        url = url == null ? "" : url.strip();
        sections = List.copyOf(sections == null ? List.of() : sections);
        synonyms = List.copyOf(synonyms == null ? List.of() : synonyms);
        codes = List.copyOf(codes == null ? List.of() : codes);
        review = review == null ? Review.approvedByOperator() : review;
        sources = List.copyOf(sources == null ? List.of() : sources);
    }

    /** A document whose source gives no date of its last update. */
    public Document(String id, String title, String language, String publisher, String url, List<Section> sections,
                    List<String> synonyms, List<Code> codes, Review review, List<SourceRef> sources) {
        this(id, title, language, publisher, url, sections, synonyms, codes, review, sources, null);
    }

    /** Whether answers may be drawn from this document on the given day. */
    public boolean servableOn(LocalDate day) {
        return review.servableOn(day);
    }

    /**
     * A stable hash of everything that affects indexing, so unchanged documents are skipped on re-ingest. The
     * publisher's update date is left out: a bulk file stamps every topic with its own date, and a text that did not
     * change keeps the date it was first indexed with.
     */
    public String contentHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, id, title, language, publisher, url, String.valueOf(review));
            for (Section section : sections) {
                update(digest, section.heading(), section.text());
            }
            synonyms.forEach(s -> update(digest, s));
            codes.forEach(c -> update(digest, c.system(), c.code(), c.display()));
            sources.forEach(s -> update(digest, s.title(), s.publisher(), s.url()));
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest digest, String... parts) {
        for (String part : parts) {
            digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
    }

    /** A titled part of a document; passages never cross section boundaries. */
    public record Section(String heading, String text) {
        public Section {
            heading = heading == null ? "" : heading.strip();
            text = text == null ? "" : text.strip();
        }
    }

    /** A code from a clinical terminology (ICD-10-CM, SNOMED-CT, RxNorm, LOINC) the document is about. */
    public record Code(String system, String code, String display) {
        public Code {
            Objects.requireNonNull(system, "system");
            Objects.requireNonNull(code, "code");
            display = display == null ? "" : display;
        }
    }

    /** A public page the document's facts come from. */
    public record SourceRef(String title, String publisher, String url) {}
}
