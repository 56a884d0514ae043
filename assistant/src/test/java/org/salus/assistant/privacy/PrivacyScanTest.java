package org.salus.assistant.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The proof's scanner must be able to find what it looks for, or the proof proves nothing. */
class PrivacyScanTest {

    private final PrivacyScan scan = new PrivacyScan(List.of("Quintanilla", "219-09-9999"));

    @Test
    void findsSeedsInUtf8AndUtf16FilesAmongBinaryBytes(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("a.bin"), concat(new byte[] {0, 1, 2}, "x quintanilla y".getBytes(StandardCharsets.UTF_8)));
        Files.createDirectories(dir.resolve("sub"));
        Files.write(dir.resolve("sub/b.db"), "ssn 219-09-9999".getBytes(StandardCharsets.UTF_16LE));
        Files.writeString(dir.resolve("clean.txt"), "nothing to see");
        assertThat(scan.files(dir)).anyMatch(f -> f.contains("a.bin")).anyMatch(f -> f.contains("b.db (UTF-16LE)"))
                .noneMatch(f -> f.contains("clean.txt"));
    }

    @Test
    void findsSeedsInTextIgnoringCase() {
        assertThat(scan.text("log", "patient QUINTANILLA")).containsExactly("Quintanilla in log");
        assertThat(scan.text("log", "patient [PERSON]")).isEmpty();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
