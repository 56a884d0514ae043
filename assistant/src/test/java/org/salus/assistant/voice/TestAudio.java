package org.salus.assistant.voice;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Recordings the tests make themselves, never checked in: PCM WAV tones of a given length, and speech rendered by
 * espeak-ng when it is installed.
 */
public final class TestAudio {

    private static final Path ESPEAK = Path.of("/usr/bin/espeak-ng");

    private TestAudio() {
    }

    /** A 16-bit mono WAV holding a quiet 440 Hz tone of the given length. */
    public static byte[] tone(Duration length, int sampleRate) {
        int samples = (int) (length.toMillis() * sampleRate / 1000);
        ByteBuffer wav = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes()).putInt(36 + samples * 2).put("WAVE".getBytes());
        wav.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(sampleRate).putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16);
        wav.put("data".getBytes()).putInt(samples * 2);
        for (int i = 0; i < samples; i++) {
            wav.putShort((short) (3000 * Math.sin(2 * Math.PI * 440 * i / sampleRate)));
        }
        return wav.array();
    }

    /** The sentence spoken by espeak-ng as a WAV file, or empty when espeak-ng is not installed. */
    public static Optional<byte[]> spoken(String sentence, String voice) {
        return spokenFile(sentence, voice, null).map(file -> {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } finally {
                file.toFile().delete();
            }
        });
    }

    /** The sentence spoken by espeak-ng into a WAV file under {@code dir} (target/ by default), if espeak-ng is installed. */
    public static Optional<Path> spokenFile(String sentence, String voice, Path dir) {
        if (!Files.isExecutable(ESPEAK)) {
            return Optional.empty();
        }
        try {
            Path out = Files.createTempFile(Files.createDirectories(dir == null ? Path.of("target", "audio") : dir),
                    "spoken-", ".wav");
            Process process = new ProcessBuilder(ESPEAK.toString(), "-v", voice, "-w", out.toString(), sentence)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0 || Files.size(out) <= 44) {
                process.destroyForcibly();
                Files.deleteIfExists(out);
                return Optional.empty();
            }
            return Optional.of(out);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** What a test should send as a spoken question: espeak-ng's rendering when available, else a tone. */
    public static byte[] question(String sentence, String voice) {
        return spoken(sentence, voice).orElseGet(() -> tone(Duration.ofSeconds(2), 16_000));
    }
}
