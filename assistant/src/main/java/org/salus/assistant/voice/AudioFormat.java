package org.salus.assistant.voice;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The recording containers Salus passes on, recognised by their first bytes rather than by what the client claims. */
enum AudioFormat {
    WEBM("audio/webm", "webm", Set.of("audio/webm", "video/webm")),
    OGG("audio/ogg", "ogg", Set.of("audio/ogg", "application/ogg", "audio/opus")),
    WAV("audio/wav", "wav", Set.of("audio/wav", "audio/x-wav", "audio/wave", "audio/vnd.wave")),
    MPEG("audio/mpeg", "mp3", Set.of("audio/mpeg", "audio/mp3")),
    MP4("audio/mp4", "m4a", Set.of("audio/mp4", "audio/x-m4a", "audio/m4a"));

    /** Types a client may declare when it does not know better; the bytes decide. */
    private static final Set<String> GENERIC = Set.of("application/octet-stream", "");

    private final String mediaType;
    private final String extension;
    private final Set<String> declaredAs;

    AudioFormat(String mediaType, String extension, Set<String> declaredAs) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.declaredAs = declaredAs;
    }

    String mediaType() {
        return mediaType;
    }

    String fileName() {
        return "recording." + extension;
    }

    /** Whether a declared Content-Type (parameters such as {@code ;codecs=opus} ignored) names a supported recording. */
    static boolean acceptable(String contentType) {
        String type = bare(contentType);
        return GENERIC.contains(type) || Arrays.stream(values()).anyMatch(f -> f.declaredAs.contains(type));
    }

    /** The container the bytes are in, if it is one of these. */
    static Optional<AudioFormat> sniff(byte[] bytes) {
        if (startsWith(bytes, 0, new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3})) {
            return Optional.of(WEBM);
        }
        if (startsWith(bytes, 0, ascii("OggS"))) {
            return Optional.of(OGG);
        }
        if (startsWith(bytes, 0, ascii("RIFF")) && startsWith(bytes, 8, ascii("WAVE"))) {
            return Optional.of(WAV);
        }
        if (startsWith(bytes, 4, ascii("ftyp"))) {
            return Optional.of(MP4);
        }
        if (startsWith(bytes, 0, ascii("ID3"))
                || (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xE0) == 0xE0)) {
            return Optional.of(MPEG);
        }
        return Optional.empty();
    }

    private static String bare(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
