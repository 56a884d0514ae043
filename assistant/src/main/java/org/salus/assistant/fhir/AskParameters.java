package org.salus.assistant.fhir;

import org.salus.assistant.reply.CrisisLine;
import org.salus.assistant.reply.Safety;
import org.salus.assistant.reply.Citation;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.UUID;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.salus.assistant.chat.ChatReply;

/** Turns a chat reply into the {@code $ask} output: answer, safety, citations as DocumentReferences, Provenance. */
final class AskParameters {

    static final String PASSAGE_SYSTEM = "urn:salus:passage";
    private static final String PARTICIPANT_TYPE = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";

    private AskParameters() {
    }

    static Parameters of(ChatReply reply) {
        Parameters out = AiTransparency.label(new Parameters());
        out.setId(UUID.randomUUID().toString());
        out.addParameter().setName("answer").setValue(new StringType(reply.answer()));
        out.addParameter().setName("disclaimer").setValue(new StringType(reply.disclaimer()));
        out.addParameter().setName("mode").setValue(new CodeType(reply.mode()));
        out.addParameter(safety(reply.safety()));
        for (Citation citation : reply.citations()) {
            out.addParameter().setName("citation").setResource(documentReference(citation));
        }
        for (String note : reply.notes()) {
            out.addParameter().setName("note").setValue(new StringType(note));
        }
        out.addParameter().setName("provenance").setResource(provenance(reply, out.getIdPart()));
        return out;
    }

    private static Parameters.ParametersParameterComponent safety(Safety safety) {
        Parameters.ParametersParameterComponent part = new Parameters.ParametersParameterComponent().setName("safety");
        if (safety == null) {
            return part;
        }
        part.addPart().setName("action").setValue(new CodeType(safety.action()));
        if (safety.urgency() != null) {
            part.addPart().setName("urgency").setValue(new CodeType(safety.urgency()));
        }
        if (safety.categories() != null) {
            safety.categories().forEach(c -> part.addPart().setName("category").setValue(new CodeType(c)));
        }
        if (safety.policy() != null) {
            part.addPart().setName("policy").setValue(new StringType(safety.policy()));
        }
        if (safety.emergencyNumber() != null) {
            part.addPart().setName("emergencyNumber").setValue(new StringType(safety.emergencyNumber()));
        }
        if (safety.crisisLines() != null) {
            for (CrisisLine line : safety.crisisLines()) {
                var crisis = part.addPart().setName("crisisLine");
                crisis.addPart().setName("name").setValue(new StringType(line.name()));
                if (line.number() != null) {
                    crisis.addPart().setName("number").setValue(new StringType(line.number()));
                }
                if (line.text() != null) {
                    crisis.addPart().setName("text").setValue(new StringType(line.text()));
                }
            }
        }
        return part;
    }

    static DocumentReference documentReference(Citation citation) {
        DocumentReference doc = new DocumentReference();
        doc.setId("citation-" + citation.n());
        doc.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
        doc.setDocStatus("approved".equals(citation.reviewStatus())
                ? DocumentReference.ReferredDocumentStatus.FINAL : DocumentReference.ReferredDocumentStatus.PRELIMINARY);
        doc.setMasterIdentifier(new Identifier().setSystem(PASSAGE_SYSTEM).setValue(citation.id()));
        doc.addIdentifier(new Identifier().setSystem("urn:salus:document").setValue(citation.docId()));
        if (citation.version() != null) {
            doc.addIdentifier(new Identifier().setSystem("urn:salus:document-version").setValue(citation.version()));
        }
        doc.setDescription(citation.excerpt());
        if (citation.source() != null) {
            doc.addAuthor(new Reference().setDisplay(citation.source()));
        }
        if (citation.reviewedOn() != null) {
            doc.setDate(Date.from(LocalDate.parse(citation.reviewedOn()).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        doc.addContent().setAttachment(new Attachment().setContentType("text/html").setUrl(citation.url())
                .setTitle(citation.title()));
        return doc;
    }

    private static Provenance provenance(ChatReply reply, String parametersId) {
        Provenance provenance = new Provenance();
        provenance.addTarget(new Reference().setReference("urn:uuid:" + parametersId).setDisplay("$ask answer"));
        provenance.setRecordedElement(InstantType.now());
        var agent = provenance.addAgent();
        agent.setType(new org.hl7.fhir.r4.model.CodeableConcept(new Coding(PARTICIPANT_TYPE, "author", "Author")));
        String model = reply.model() == null ? "unknown" : reply.model().provider() + "/" + reply.model().name();
        agent.setWho(new Reference().setDisplay("Salus " + AiTransparency.version() + " (composer " + model + ")"));
        for (Citation citation : reply.citations()) {
            provenance.addEntity().setRole(Provenance.ProvenanceEntityRole.SOURCE)
                    .setWhat(new Reference().setReference(citation.url())
                            .setIdentifier(new Identifier().setSystem(PASSAGE_SYSTEM).setValue(citation.id()))
                            .setDisplay(citation.title()));
        }
        return provenance;
    }
}
