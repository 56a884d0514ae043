package org.salus.assistant.voice;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/** Checks an uploaded recording before anything is sent on: present, within the limits, and really audio. */
final class Recordings {

    /** Shorter than this, nobody said anything. */
    static final Duration TOO_SHORT_FOR_SPEECH = Duration.ofMillis(100);

    private final long maxBytes;
    private final Duration maxDuration;

    Recordings(SpeechProperties properties) {
        this.maxBytes = properties.maxBytes().toBytes();
        this.maxDuration = properties.maxDuration();
    }

    long maxBytes() {
        return maxBytes;
    }

    /** Refuses a declared size over the limit before the body is read. */
    void checkDeclaredSize(long contentLength) {
        if (contentLength > maxBytes) {
            throw tooLarge();
        }
    }

    /** A recording the speech service may be given, or the plain-words reason it may not. */
    Recording check(Upload upload, String contentType) {
        if (!AudioFormat.acceptable(contentType)) {
            throw unsupported();
        }
        byte[] bytes;
        try {
            bytes = upload.read();
        } catch (IOException e) {
            throw new BadAudio(400, "unreadable", "Incomplete recording",
                    "The recording did not arrive completely. Please try again.");
        }
        if (bytes == null || bytes.length == 0) {
            throw new BadAudio(400, "empty", "No recording", "No audio was sent. Record your question and try again.");
        }
        if (bytes.length > maxBytes) {
            throw tooLarge();
        }
        AudioFormat format = AudioFormat.sniff(bytes).orElseThrow(Recordings::unsupported);
        if (format == AudioFormat.WAV) {
            Duration length = WavHeader.duration(bytes).orElseThrow(() -> new BadAudio(400, "damaged",
                    "Damaged recording", "The WAV recording is damaged and cannot be played."));
            if (length.compareTo(maxDuration) > 0) {
                throw new BadAudio(413, "too_long", "Recording too long",
                        "The recording is longer than " + maxDuration.toSeconds() + " seconds. Please ask a shorter question.");
            }
        }
        return new Recording(bytes, format);
    }

    /** Whether a checked recording is too short to hold any speech, so the service need not be asked. */
    static boolean tooShortForSpeech(Recording recording) {
        if (recording.format() != AudioFormat.WAV) {
            return false;
        }
        Optional<Duration> length = WavHeader.duration(recording.bytes());
        return length.isPresent() && length.get().compareTo(TOO_SHORT_FOR_SPEECH) < 0;
    }

    /** Reads the recording only once its declared type is acceptable, so a refused upload need not be read. */
    @FunctionalInterface
    interface Upload {
        byte[] read() throws IOException;
    }

    private BadAudio tooLarge() {
        return new BadAudio(413, "too_large", "Recording too large",
                "The recording is larger than " + size(maxBytes) + ". Please ask a shorter question.");
    }

    private static String size(long bytes) {
        long mb = 1024 * 1024;
        return bytes % mb == 0 ? bytes / mb + " MB" : Math.max(1, bytes / 1024) + " KB";
    }

    private static BadAudio unsupported() {
        return new BadAudio(415, "unsupported_type", "Unsupported audio",
                "Send the recording as WebM, Ogg, WAV, MP3 or MP4 audio.");
    }
}
