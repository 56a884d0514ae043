package org.salus.assistant.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.segment.TextSegment;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.salus.kb.embed.Embedder;

class BoundedEmbeddingModelTest {

    /** A thread per call: the common pool may have a single worker on a small machine. */
    private static final java.util.concurrent.Executor THREADS = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();

    @Test
    void refusesQuicklyWhenEverySlotStaysTakenInsteadOfQueueing() throws Exception {
        HeldEmbeddingModel held = new HeldEmbeddingModel();
        BoundedEmbeddingModel bounded = new BoundedEmbeddingModel(held, 2, Duration.ofMillis(100));
        held.hold();
        var first = CompletableFuture.supplyAsync(() -> bounded.embed("first"), THREADS);
        var second = CompletableFuture.supplyAsync(() -> bounded.embed("second"), THREADS);
        for (int i = 0; i < 1_000 && held.inside.get() < 2; i++) {
            Thread.sleep(5);
        }
        assertThat(held.inside).hasValue(2);

        long start = System.nanoTime();
        assertThatThrownBy(() -> bounded.embed("third")).isInstanceOf(EmbeddingBusy.class)
                .satisfies(e -> assertThat(((EmbeddingBusy) e).status()).isEqualTo(503));
        assertThat((System.nanoTime() - start) / 1_000_000).isBetween(90L, 1_000L);
        assertThat(held.inside).as("the refused text never reached the model").hasValue(2);

        held.release();
        first.get(5, TimeUnit.SECONDS);
        second.get(5, TimeUnit.SECONDS);
        assertThat(bounded.free()).isEqualTo(2);
        assertThat(bounded.embed("fourth").content().vector()).hasSize(HeldEmbeddingModel.DIMENSION);
    }

    @Test
    void waitsBrieflyForASlotThatFreesUp() throws Exception {
        HeldEmbeddingModel held = new HeldEmbeddingModel();
        BoundedEmbeddingModel bounded = new BoundedEmbeddingModel(held, 1, Duration.ofSeconds(5));
        held.hold();
        var first = CompletableFuture.supplyAsync(() -> bounded.embed("first"), THREADS);
        for (int i = 0; i < 1_000 && held.inside.get() < 1; i++) {
            Thread.sleep(5);
        }
        assertThat(held.inside).hasValue(1);
        var second = CompletableFuture.supplyAsync(() -> bounded.embed("second"), THREADS);
        Thread.sleep(100);
        held.release();

        assertThat(second.get(5, TimeUnit.SECONDS).content().vector()).hasSize(HeldEmbeddingModel.DIMENSION);
        assertThat(first.get(5, TimeUnit.SECONDS).content().vector()).hasSize(HeldEmbeddingModel.DIMENSION);
    }

    @Test
    void batchesOfIngestAreNotCounted() {
        HeldEmbeddingModel held = new HeldEmbeddingModel();
        BoundedEmbeddingModel bounded = new BoundedEmbeddingModel(held, 1, Duration.ZERO);

        assertThat(bounded.embedAll(List.of(TextSegment.from("a"), TextSegment.from("b"))).content()).hasSize(2);
        assertThat(bounded.free()).isEqualTo(1);
    }

    @Test
    void theBoundedEmbedderKeepsTheLibrarysQueryInstruction() {
        Embedder library = Embedder.bgeSmall();
        Embedder bounded = KnowledgeBaseFactory.bounded(library, new EmbeddingProperties(1, Duration.ofSeconds(1)));
        String question = "How long does shingles last?";

        assertThat(bounded.query(question)).containsExactly(library.query(question));
        assertThat(bounded.name()).isEqualTo(library.name());
    }

    @Test
    void noEmbeddingStaysNone() {
        assertThat(KnowledgeBaseFactory.bounded(Embedder.none(), new EmbeddingProperties(1, Duration.ZERO)).enabled()).isFalse();
    }
}
