package org.salus.kb.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EmbedderTest {

    @Test
    void tunedSessionGivesLangChain4jsVectors() {
        var reference = new BgeSmallEnV15QuantizedEmbeddingModel();
        var tuned = new BgeSmallModel();
        for (String text : new String[] {"warning signs of a stroke", "Ibuprofen can upset the stomach."}) {
            float[] a = reference.embed(text).content().vector();
            float[] b = tuned.embed(text).content().vector();
            assertThat(b).hasSameSizeAs(a);
            for (int i = 0; i < a.length; i++) {
                assertThat(b[i]).isCloseTo(a[i], org.assertj.core.data.Offset.offset(1e-4f));
            }
        }
    }

    @Test
    void repeatedQueryIsEmbeddedOnce() {
        AtomicInteger calls = new AtomicInteger();
        QueryCache cache = QueryCache.of(2);
        float[] first = cache.get("q", t -> { calls.incrementAndGet(); return new float[] {1, 2}; });
        first[0] = 99;
        float[] second = cache.get("q", t -> { calls.incrementAndGet(); return new float[] {3, 4}; });
        assertThat(calls).hasValue(1);
        assertThat(second).containsExactly(1, 2);
    }

    @Test
    void cacheForgetsTheLeastRecentlyUsedQuery() {
        AtomicInteger calls = new AtomicInteger();
        QueryCache cache = QueryCache.of(2);
        cache.get("a", t -> { calls.incrementAndGet(); return new float[] {1}; });
        cache.get("b", t -> { calls.incrementAndGet(); return new float[] {2}; });
        cache.get("a", t -> { calls.incrementAndGet(); return new float[] {1}; });
        cache.get("c", t -> { calls.incrementAndGet(); return new float[] {3}; });
        assertThat(cache.size()).isEqualTo(2);
        cache.get("b", t -> { calls.incrementAndGet(); return new float[] {2}; });
        assertThat(calls).hasValue(4);
    }

    @Test
    void disabledCacheAlwaysEmbeds() {
        AtomicInteger calls = new AtomicInteger();
        QueryCache cache = QueryCache.of(0);
        cache.get("q", t -> { calls.incrementAndGet(); return new float[] {1}; });
        cache.get("q", t -> { calls.incrementAndGet(); return new float[] {1}; });
        assertThat(calls).hasValue(2);
        assertThat(cache.size()).isZero();
        assertThatThrownBy(() -> QueryCache.of(-1)).hasMessageContaining(">= 0");
    }
}
