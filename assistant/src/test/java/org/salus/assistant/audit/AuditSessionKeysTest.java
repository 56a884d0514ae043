package org.salus.assistant.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditSessionKeysTest {

    @TempDir
    Path dir;

    @Test
    void createsOwnerOnlyKeyFileOnFirstOpen() throws Exception {
        Path file = dir.resolve("audit/session-keys");
        SessionKeys.open(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void pseudonymIsStableAcrossRestartsAndHidesTheId() {
        Path file = dir.resolve("keys");
        Pseudonym first = SessionKeys.open(file).pseudonym("maria.lopez@example.org");
        Pseudonym again = SessionKeys.open(file).pseudonym("maria.lopez@example.org");
        assertThat(again).isEqualTo(first);
        assertThat(first.hash()).hasSize(64).doesNotContain("maria");
        assertThat(SessionKeys.open(file).pseudonym("other")).isNotEqualTo(first);
    }

    @Test
    void differentInstallationsGiveDifferentPseudonyms() {
        assertThat(SessionKeys.open(dir.resolve("a")).pseudonym("s-1").hash())
                .isNotEqualTo(SessionKeys.open(dir.resolve("b")).pseudonym("s-1").hash());
    }

    @Test
    void rotationKeepsOldKeyUntilNoRecordUsesIt() {
        Path file = dir.resolve("keys");
        SessionKeys keys = SessionKeys.open(file);
        Pseudonym before = keys.pseudonym("s-1");
        keys.rotate();
        Pseudonym after = keys.pseudonym("s-1");
        assertThat(after.hash()).isNotEqualTo(before.hash());
        assertThat(SessionKeys.open(file).allPseudonyms("s-1")).containsExactly(after, before);

        keys.retireUnused(Set.of(before.keyId()));
        assertThat(keys.ids()).hasSize(2);
        keys.retireUnused(Set.of());
        assertThat(SessionKeys.open(file).ids()).containsExactly(after.keyId());
    }

    @Test
    void noSessionIdHasNoPseudonym() {
        assertThat(SessionKeys.open(dir.resolve("keys")).pseudonym(null)).isNull();
    }
}
