package org.salus.assistant.cds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Resource;
import org.salus.assistant.fhir.ClinicalContext;
import org.salus.assistant.i18n.LocalisedText;
import org.salus.assistant.infobutton.CodeSystem;
import org.salus.assistant.infobutton.Topic;
import org.salus.assistant.infobutton.Topics;
import org.springframework.stereotype.Component;

/** Picks vetted education topics for a patient's active conditions and medicines and writes one info card each. */
@Component
class EducationCards {

    static final int MAX_CARDS = 5;
    private static final Set<String> INACTIVE = Set.of("inactive", "resolved", "remission");
    private static final LocalisedText TEXT = LocalisedText.load("salus/cds");

    private final Topics topics;

    EducationCards(Topics topics) {
        this.topics = topics;
    }

    List<Cards.Card> cards(PatientView view, String launchUrl) {
        ClinicalContext context = ClinicalContext.of(view.resources());
        String language = "es".equals(context.language()) ? "es" : "en";
        Map<String, Found> found = new LinkedHashMap<>();
        for (Resource resource : view.resources()) {
            concept(resource).flatMap(c -> find(c, language))
                    .ifPresent(f -> found.putIfAbsent(f.topic().docId(), f));
        }
        List<Cards.Card> cards = new ArrayList<>();
        for (Found f : found.values().stream().limit(MAX_CARDS).toList()) {
            cards.add(card(f, language, launchUrl));
        }
        return cards;
    }

    private static Optional<CodeableConcept> concept(Resource resource) {
        return switch (resource) {
            case Condition c when active(c) && c.hasCode() -> Optional.of(c.getCode());
            case MedicationRequest m when m.hasMedicationCodeableConcept() -> Optional.of(m.getMedicationCodeableConcept());
            default -> Optional.empty();
        };
    }

    private static boolean active(Condition condition) {
        return !condition.hasClinicalStatus() || condition.getClinicalStatus().getCoding().stream()
                .noneMatch(c -> INACTIVE.contains(c.getCode()));
    }

    private Optional<Found> find(CodeableConcept concept, String language) {
        for (var coding : concept.getCoding()) {
            var system = CodeSystem.byUri(coding.getSystem());
            if (system.isPresent() && coding.hasCode()) {
                var hit = topics.byCode(system.get(), coding.getCode(), language, 1);
                if (!hit.isEmpty()) {
                    return Optional.of(new Found(hit.getFirst(), new Cards.Coding(coding.getSystem(), coding.getCode(),
                            coding.getDisplay())));
                }
            }
        }
        return ClinicalContext.name(concept).flatMap(name -> topics.byName(name, language))
                .map(topic -> new Found(topic, null));
    }

    private static Cards.Card card(Found f, String language, String launchUrl) {
        Topic t = f.topic();
        String summary = TEXT.get(language, "card.summary", "title", t.title());
        StringBuilder detail = new StringBuilder("**").append(t.title()).append("** — ").append(t.summary());
        detail.append("\n\n").append(TEXT.get(language, "card.source", "publisher", t.publisher()));
        if (t.reviewedOn() != null) {
            detail.append(TEXT.get(language, "card.reviewed", "date", t.reviewedOn()));
        }
        if ("demo".equals(t.reviewStatus())) {
            detail.append(TEXT.get(language, "card.demo"));
        }
        String label = TEXT.get(language, "card.ask", "title", t.title());
        return new Cards.Card(UUID.randomUUID().toString(), summary.length() <= 140 ? summary : summary.substring(0, 140),
                detail.toString(), "info", new Cards.Source(t.publisher(), t.url(), f.coding()),
                List.of(new Cards.Link(label, launchUrl, "smart", "topic=" + t.docId() + "&lang=" + language)));
    }

    private record Found(Topic topic, Cards.Coding coding) {}
}
