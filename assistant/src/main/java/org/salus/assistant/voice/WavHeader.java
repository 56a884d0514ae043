package org.salus.assistant.voice;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Optional;

/** Reads how long a WAV recording lasts from its RIFF chunks, so an over-long one is refused before it is sent on. */
final class WavHeader {

    private WavHeader() {
    }

    /** The recording's length, or empty when the chunks are damaged (no {@code fmt } or {@code data}, zero byte rate). */
    static Optional<Duration> duration(byte[] wav) {
        ByteBuffer in = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        long byteRate = 0;
        int at = 12;
        while (at + 8 <= wav.length) {
            String id = new String(wav, at, 4, java.nio.charset.StandardCharsets.US_ASCII);
            long size = Integer.toUnsignedLong(in.getInt(at + 4));
            int body = at + 8;
            if ("fmt ".equals(id) && size >= 16 && body + 16 <= wav.length) {
                byteRate = Integer.toUnsignedLong(in.getInt(body + 8));
            } else if ("data".equals(id)) {
                // Recorders that stream WAV leave the size unset (0 or 0xFFFFFFFF): count what is there.
                long present = wav.length - body;
                long bytes = size == 0 || size > present ? present : size;
                return byteRate == 0 ? Optional.empty() : Optional.of(Duration.ofMillis(bytes * 1000 / byteRate));
            }
            at = (int) Math.min(Integer.MAX_VALUE, body + size + (size & 1));
        }
        return Optional.empty();
    }
}
