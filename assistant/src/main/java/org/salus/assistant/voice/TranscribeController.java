package org.salus.assistant.voice;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Locale;
import org.salus.assistant.i18n.LocalisedText;
import org.salus.assistant.web.ApiException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/transcribe}: a spoken question in, its words out, through the configured speech service. The
 * recording is either the whole body ({@code audio/webm}, {@code audio/ogg}, {@code audio/wav}, {@code audio/mpeg},
 * {@code audio/mp4}) or a multipart part named {@code audio}; it stays in memory and is forgotten after the reply.
 */
@RestController
class TranscribeController {

    private static final String PATH = "/api/transcribe";
    private static final LocalisedText TEXT = LocalisedText.load("salus/voice");

    private final SpeechProperties properties;
    private final Recordings recordings;
    private final SpeechToText speech;
    private final ApplicationEventPublisher events;

    TranscribeController(SpeechProperties properties, Recordings recordings, SpeechToText speech,
                         ApplicationEventPublisher events) {
        this.properties = properties;
        this.recordings = recordings;
        this.speech = speech;
        this.events = events;
    }

    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    TranscriptReply multipart(@RequestPart(name = "audio", required = false) MultipartFile audio,
                              @RequestParam(required = false) String language,
                              @RequestParam(required = false) String sessionId) {
        Request request = request(language, sessionId);
        if (audio == null) {
            throw new BadAudio(400, "empty", "No recording", "Send the recording in a multipart part named 'audio'.");
        }
        return transcribe(request, () -> {
            recordings.checkDeclaredSize(audio.getSize());
            return audio.getBytes();
        }, audio.getContentType());
    }

    @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    TranscriptReply body(HttpServletRequest http, @RequestParam(required = false) String language,
                         @RequestParam(required = false) String sessionId) {
        Request request = request(language, sessionId);
        return transcribe(request, () -> {
            recordings.checkDeclaredSize(http.getContentLengthLong());
            try (InputStream in = http.getInputStream()) {
                return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, recordings.maxBytes() + 1));
            }
        }, http.getContentType());
    }

    /** The transcription slot was taken by {@link VoiceAdmission} before the upload was read or parsed. */
    private TranscriptReply transcribe(Request request, Recordings.Upload upload, String contentType) {
        long start = System.nanoTime();
        Recording recording;
        try {
            recording = recordings.check(upload, contentType);
        } catch (BadAudio e) {
            publish(request, "rejected", e.reason(), start);
            throw e;
        }
        Transcription result = Recordings.tooShortForSpeech(recording) ? new Transcription.Silence()
                : speech.transcribe(recording, request.language());
        TranscriptReply reply = switch (result) {
            case Transcription.Heard heard -> new TranscriptReply(heard.text(), "transcribed", null);
            case Transcription.Silence silence -> new TranscriptReply("", "no_speech", message(request, "voice.no-speech"));
            case Transcription.Failed failed -> new TranscriptReply("", "unavailable", message(request, "voice.unavailable"));
        };
        publish(request, reply.outcome(), result instanceof Transcription.Failed f ? f.reason() : null, start);
        return reply;
    }

    private Request request(String language, String sessionId) {
        if (!properties.enabled()) {
            throw new ApiException(404, "Voice input not configured",
                    "Voice input is not configured on this server. Please type your question.");
        }
        String lang = language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
        if (lang != null && !lang.equals("en") && !lang.equals("es")) {
            throw new ApiException(400, "Unsupported language", "'language' must be 'en' or 'es'.");
        }
        if (sessionId != null && sessionId.length() > 200) {
            throw new ApiException(400, "Session id too long", "'sessionId' must be at most 200 characters.");
        }
        return new Request(lang, sessionId);
    }

    private void publish(Request request, String outcome, String reason, long start) {
        events.publishEvent(new AudioTranscribed(Instant.now(), request.sessionId(), request.language(), outcome, reason,
                (System.nanoTime() - start) / 1_000_000));
    }

    private static String message(Request request, String key) {
        return TEXT.get(request.language() == null ? "en" : request.language(), key);
    }

    /** The checked query parameters; a null language lets the speech service detect it. */
    private record Request(String language, String sessionId) {}
}
