package org.salus.assistant.audit;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.salus.assistant.chat.ChatTurnCompleted;
import org.salus.assistant.voice.AudioTranscribed;

/**
 * One chat turn as the audit trail keeps it: codes and numbers only. Every text field is reduced to a short code
 * (letters, digits and {@code _.@:/-}), so even a regression upstream cannot put free text into the database.
 */
public record AuditRecord(
        Instant at, String sessionHash, String keyId, String channel, String mode, String language,
        String action, String urgency, List<String> categories, String policy, List<String> citedDocIds,
        String provider, long latencyMs, String errorClass, String caller) {

    private static final Pattern CODE = Pattern.compile("[\\p{Alnum}_.@:/-]{1,200}");

    public AuditRecord {
        categories = List.copyOf(categories);
        citedDocIds = List.copyOf(citedDocIds);
    }

    /**
     * A chat turn; {@code caller} names who called a clinic endpoint ({@code key:NAME} for an API key, never the key;
     * {@code client:ID} for a token), null for the anonymous web chat.
     */
    static AuditRecord of(ChatTurnCompleted turn, Pseudonym session, String caller) {
        return new AuditRecord(turn.at(), session == null ? null : session.hash(), session == null ? null : session.keyId(),
                code(turn.channel(), 64), code(turn.mode(), 64), code(turn.language(), 64), code(turn.action(), 64),
                code(turn.urgency(), 64), turn.categories().stream().map(c -> code(c, 64)).toList(), code(turn.policy(), 128),
                turn.citedDocIds().stream().map(d -> code(d, 200)).toList(), code(turn.provider(), 64),
                turn.latencyMs(), code(turn.errorClass(), 200), code(caller, 80));
    }

    /** A recording sent for transcription: channel {@code voice}, the outcome as the action, the failure as the error. */
    static AuditRecord of(AudioTranscribed audio, Pseudonym session) {
        return new AuditRecord(audio.at(), session == null ? null : session.hash(), session == null ? null : session.keyId(),
                "voice", "transcribe", code(audio.language(), 64), code(audio.outcome(), 64), null, List.of(), null,
                List.of(), "speech", audio.latencyMs(), code(audio.reason(), 200), null);
    }

    static String code(String value, int max) {
        if (value == null) {
            return null;
        }
        return value.length() <= max && CODE.matcher(value).matches() ? value : "other";
    }
}
