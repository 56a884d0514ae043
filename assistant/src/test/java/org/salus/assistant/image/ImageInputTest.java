package org.salus.assistant.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ImageInputTest {

    private final List<ImageProcessed> events = new CopyOnWriteArrayList<>();
    private final TesseractOcr noOcr = new TesseractOcr("/nonexistent/tessdata", Duration.ofSeconds(5), 1);

    @Test
    void refusesImagesWhenNeitherOcrNorAVisionModelCanReadThem() {
        ImageInput input = input(true, Optional.empty());

        assertThat(input.available()).isFalse();
        assertThat(input.unavailable("s")).satisfies(e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.getMessage()).contains("does not read images");
        });
        assertThat(events).singleElement().extracting(ImageProcessed::outcome).isEqualTo("unavailable");
    }

    @Test
    void anOperatorCanTurnImagesOff() {
        assertThat(input(false, Optional.of(new VisionTranscriber(model(r -> "IBUPROFEN 200 mg")))).available()).isFalse();
    }

    @Test
    void aVisionModelAloneReadsImagesWithoutOcr() {
        ImageInput input = input(true, Optional.of(new VisionTranscriber(model(r -> "Tylenol 500 mg caplets"))));

        ImageReading reading = input.read(input.decode(TestImages.pngDataUrl(TestImages.noText()), "s"), "en", "s");

        assertThat(reading.reader()).isEqualTo("vision");
        assertThat(reading.findings().medicines()).extracting(Findings.MedicineFound::describe)
                .containsExactly("Tylenol (acetaminophen) 500 mg");
        assertThat(events).extracting(ImageProcessed::outcome).containsExactly("read");
    }

    @Test
    void aFailingVisionModelWithoutOcrLeavesNoTextAndSaysWhy() {
        ImageInput input = input(true, Optional.of(new VisionTranscriber(model(r -> {
            throw new IllegalStateException("model down");
        }))));

        ImageReading reading = input.read(input.decode(TestImages.pngDataUrl(TestImages.noText()), null), "en", null);

        assertThat(reading.textFound()).isFalse();
        assertThat(reading.notes()).containsExactly("the vision model could not read the image (IllegalStateException)",
                "OCR is not installed on this server");
        assertThat(reading.notes().toString()).doesNotContain("model down");
    }

    private ImageInput input(boolean enabled, Optional<VisionTranscriber> vision) {
        ImageProperties properties = new ImageProperties(enabled, DataSize.ofMegabytes(5), 40_000_000, 8_000_000, null,
                Duration.ofSeconds(5), 1, null);
        return new ImageInput(properties, noOcr, vision,
                new FindingsExtractor(Vocabularies.medicines(List.of(), null), Vocabularies.labTests()), events::add);
    }

    private static ChatModel model(Function<ChatRequest, String> reply) {
        return new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                return ChatResponse.builder().aiMessage(AiMessage.from(reply.apply(request))).build();
            }
        };
    }
}
