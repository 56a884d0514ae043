package org.salus.assistant.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Parsing the operator's {@code SALUS_API_KEYS} (names and SHA-256 hashes) and naming the key a caller presents. */
class ApiKeysTest {

    private static String hash(String key) {
        return HexFormat.of().formatHex(ApiKeys.sha256(key));
    }

    @Test
    void namesEachListedKeyAndNothingElse() {
        ApiKeys keys = ApiKeys.parse(" intranet:" + hash("key-one") + ", ,ehr-prod:sha256:" + hash("key-two").toUpperCase());
        assertThat(keys.enabled()).isTrue();
        assertThat(keys.match("key-one")).contains("intranet");
        assertThat(keys.match("key-two")).contains("ehr-prod");
        assertThat(keys.match("key-on")).isEmpty();
        assertThat(keys.match("")).isEmpty();
        assertThat(keys.match(null)).isEmpty();
    }

    @Test
    void keepsOnlyHashesNeverTheKeys() {
        ApiKeys keys = ApiKeys.parse("intranet:" + hash("key-one") + ",key-two");
        assertThat(keys.entries()).extracting(e -> new String(e.sha256(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .noneMatch(k -> k.contains("key-one") || k.contains("key-two"));
        assertThat(keys.entries().get(1).sha256()).isEqualTo(ApiKeys.sha256("key-two"));
    }

    @Test
    void aPlainKeyAsTheContractFirstAllowedIsHashedAsReadAndNamedByPosition() {
        ApiKeys keys = ApiKeys.parse("s3cr3t-plain-key, intranet:" + hash("key-one"));
        assertThat(keys.plain()).isEqualTo(1);
        assertThat(keys.match("s3cr3t-plain-key")).contains("key-1");
        assertThat(keys.match("key-one")).contains("intranet");
        assertThat(keys.toString()).doesNotContain("s3cr3t");
    }

    @Test
    void namesMustBeUnique() {
        assertThatThrownBy(() -> ApiKeys.parse("a:" + hash("x") + ",a:" + hash("y")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unique");
    }

    @Test
    void noVariableMeansNoKeys() {
        assertThat(ApiKeys.parse(null).enabled()).isFalse();
        assertThat(ApiKeys.parse(" , ").enabled()).isFalse();
        assertThat(ApiKeys.parse(null).match("anything")).isEmpty();
    }
}
