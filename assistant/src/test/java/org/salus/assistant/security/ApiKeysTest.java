package org.salus.assistant.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Parsing the operator's {@code SALUS_API_KEYS} and checking a presented key. */
class ApiKeysTest {

    @Test
    void acceptsEachListedKeyAndNothingElse() {
        ApiKeys keys = ApiKeys.parse(" key-one, ,key-two ");
        assertThat(keys.enabled()).isTrue();
        assertThat(keys.accepts("key-one")).isTrue();
        assertThat(keys.accepts("key-two")).isTrue();
        assertThat(keys.accepts("key-on")).isFalse();
        assertThat(keys.accepts("")).isFalse();
        assertThat(keys.accepts(null)).isFalse();
    }

    @Test
    void noVariableMeansNoKeys() {
        assertThat(ApiKeys.parse(null).enabled()).isFalse();
        assertThat(ApiKeys.parse(" , ").enabled()).isFalse();
        assertThat(ApiKeys.parse(null).accepts("anything")).isFalse();
    }
}
