package org.salus.guardrails.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The blind sets are frozen: any edit to a file changes its hash and fails here. */
class BlindSetTest {

    static java.util.List<String> versions() {
        return java.util.stream.Stream.concat(SafetyEvaluation.BLIND_VERSIONS.stream(),
                SafetyEvaluation.UNREAD_VERSIONS.stream()).toList();
    }

    @ParameterizedTest
    @MethodSource("versions")
    void everyBlindFileMatchesItsFrozenHash(String version) throws Exception {
        String dir = BlindSets.DIR + version + "/";
        String sums = read(dir + "SHA256SUMS");
        assertThat(sums.lines()).isNotEmpty();
        for (String line : sums.lines().toList()) {
            String[] parts = line.split("\\s+");
            byte[] bytes = readBytes(dir + parts[1]);
            String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertThat(actual).as(parts[1]).isEqualTo(parts[0]);
        }
    }

    @org.junit.jupiter.api.Test
    void theRedactionBlindSetMatchesItsFrozenHash() throws Exception {
        String dir = RedactionEvaluation.NOTES;
        for (String line : read(dir + "SHA256SUMS").lines().toList()) {
            String[] parts = line.split("\\s+");
            String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(readBytes(dir + parts[1])));
            assertThat(actual).as(parts[1]).isEqualTo(parts[0]);
        }
    }

    private static String read(String resource) throws IOException {
        return new String(readBytes(resource), StandardCharsets.UTF_8);
    }

    private static byte[] readBytes(String resource) throws IOException {
        try (InputStream in = BlindSetTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return in.readAllBytes();
        }
    }
}
