package org.salus.assistant.rag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TermOverlapTest {

    @Test
    void sharedTermsOverAllTermsAndNothingForAnEmptySet() {
        assertThat(TermOverlap.jaccard(Set.of("gout", "uric", "acid"), Set.of("gout", "acid", "joint", "pain")))
                .isEqualTo(2.0 / 5);
        assertThat(TermOverlap.jaccard(Set.of(), Set.of("gout"))).isZero();
    }
}
