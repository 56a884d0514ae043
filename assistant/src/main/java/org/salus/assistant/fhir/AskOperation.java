package org.salus.assistant.fhir;

import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;
import org.salus.assistant.chat.ChatRequest;
import org.salus.assistant.chat.ChatService;
import org.salus.assistant.web.ApiException;

/** The server-level operation {@code $ask}: a health question (and optional patient context) in, a grounded answer out. */
public final class AskOperation {

    private static final Set<String> LANGUAGES = Set.of("en", "es");

    private final ChatService chat;

    AskOperation(ChatService chat) {
        this.chat = chat;
    }

    @Operation(name = "$ask", idempotent = false)
    public Parameters ask(
            @OperationParam(name = "question", min = 1, max = 1) StringType question,
            @OperationParam(name = "mode", max = 1) CodeType mode,
            @OperationParam(name = "language", max = 1) CodeType language,
            @OperationParam(name = "context", max = 1) Bundle context) {
        if (question == null || question.getValue() == null || question.getValue().isBlank()) {
            throw new InvalidRequestException("Parameter 'question' (valueString) is required and must not be blank.");
        }
        ClinicalContext clinical = ClinicalContext.from(context);
        String lang = language != null && !language.isEmpty() ? language.getValue()
                : supported(clinical.language()) ? clinical.language() : null;
        try {
            // The patient's conditions and medicines help retrieval only; they are never part of a stored transcript.
            return AskParameters.of(chat.answer(new ChatRequest(question.getValue(), mode == null ? null : mode.getValue(),
                    lang, null, null), clinical.retrievalHint().orElse(null), "fhir"));
        } catch (ApiException e) {
            throw outcome(e);
        }
    }

    private static boolean supported(String language) {
        return language != null && LANGUAGES.contains(language);
    }

    private static BaseServerResponseException outcome(ApiException e) {
        if (e.status() == 400) {
            return new InvalidRequestException(e.title() + ": " + e.getMessage());
        }
        return new UnclassifiedServerFailureException(e.status(), e.title() + ": " + e.getMessage());
    }
}
