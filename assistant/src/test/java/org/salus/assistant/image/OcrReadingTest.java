package org.salus.assistant.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.util.unit.DataSize;

/**
 * OCR end to end on pictures the test draws (text at several sizes and slight angles, a medication label, a lab
 * printout, a photo without text): the medicine and lab test names come out exactly. Needs Tesseract; skips, saying
 * so, without it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OcrReadingTest {

    private final List<ImageProcessed> events = new java.util.concurrent.CopyOnWriteArrayList<>();
    private ImageInput input;

    @BeforeAll
    void start() {
        ImageProperties properties = new ImageProperties(true, DataSize.ofMegabytes(5), 40_000_000, 8_000_000, null,
                Duration.ofSeconds(15), 1, null);
        input = new ImageInput(properties, new TesseractOcr(null, Duration.ofSeconds(15), 1), Optional.empty(),
                new FindingsExtractor(Vocabularies.medicines(List.of(), null), Vocabularies.labTests()), events::add);
    }

    @AfterAll
    void stop() {
        input.close();
    }

    @BeforeEach
    void needsTesseract() {
        TestImages.assumeTesseract();
        events.clear();
    }

    @ParameterizedTest(name = "{0} px at {1}°")
    @CsvSource({"12, 0", "14, -5", "14, 3", "18, 0", "18, 5", "24, -3", "24, 0", "36, 3", "36, -5", "48, 0", "48, 5"})
    void readsMedicineNamesExactlyAtSeveralSizesAndSmallAngles(int size, double degrees) {
        var image = TestImages.text(List.of("Rx ACETAMINOPHEN 500 mg", "Take with water. Also contains:",
                "Amoxicillin 250 mg/5 mL oral suspension"), size, degrees);

        Findings found = read(TestImages.png(image), "image/png");

        assertThat(found.medicines()).extracting(Findings.MedicineFound::name)
                .containsExactly("acetaminophen", "amoxicillin");
        assertThat(found.medicines().getFirst().strength()).isEqualTo("500 mg");
        if (size >= 18) {
            assertThat(found.medicines().getLast().strength()).isEqualTo("250 mg/5 mL");
        }
    }

    @Test
    void readsTheMedicationLabel() {
        Findings found = read(TestImages.png(TestImages.medicationLabel()), "image/png");

        assertThat(found.medicines()).extracting(Findings.MedicineFound::describe).containsExactly("ibuprofen 200 mg");
        assertThat(found.labTests()).isEmpty();
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.reader()).isEqualTo("ocr");
            assertThat(e.outcome()).isEqualTo("read");
        });
    }

    @Test
    void readsTheLabPrintoutFromAJpeg() {
        Findings found = read(TestImages.jpeg(TestImages.labPrintout()), "image/jpeg");

        assertThat(found.labTests()).extracting(Findings.LabFound::describe)
                .containsExactly("HbA1c 7.2 %", "LDL cholesterol 162 mg/dL");
        assertThat(found.medicines()).isEmpty();
    }

    @Test
    void findsNoTextInAPhotoWithoutAny() {
        DecodedImage image = input.decode(TestImages.dataUrl("image/png", TestImages.png(TestImages.noText())), "s");

        ImageReading reading = input.read(image, "en", "s");

        assertThat(reading.textFound()).isFalse();
        assertThat(reading.outcome()).isEqualTo("no_text");
    }

    @Test
    void readsSpanishLabelsWithSpanishLanguageData() {
        var image = TestImages.text(List.of("IBUPROFENO 400 mg comprimidos", "Vía oral"), 30, 0);
        DecodedImage decoded = input.decode(TestImages.dataUrl("image/png", TestImages.png(image)), null);

        ImageReading reading = input.read(decoded, "es", null);

        assertThat(reading.findings().medicines()).extracting(Findings.MedicineFound::describe)
                .containsExactly("ibuprofeno (ibuprofen) 400 mg");
    }

    private Findings read(byte[] bytes, String type) {
        DecodedImage image = input.decode(TestImages.dataUrl(type, bytes), "session");
        ImageReading reading = input.read(image, "en", "session");
        assertThat(reading.textFound()).as("text found").isTrue();
        return reading.findings();
    }
}
