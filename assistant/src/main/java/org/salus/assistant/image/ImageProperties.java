package org.salus.assistant.image;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits and sources of image input: how large an image may be, where Tesseract's language data lives, how long
 * OCR may take, and an optional extra medicine vocabulary read at startup.
 */
@Validated
@ConfigurationProperties("salus.image")
public record ImageProperties(
        @DefaultValue("true") boolean enabled,
        @NotNull @DefaultValue("5MB") DataSize maxBytes,
        @Min(10_000) @Max(200_000_000) @DefaultValue("40000000") long maxPixels,
        @Min(100_000) @Max(50_000_000) @DefaultValue("8000000") long ocrPixels,
        String tessdata,
        @NotNull @DefaultValue("PT15S") Duration ocrTimeout,
        @Min(1) @Max(8) @DefaultValue("2") int ocrWorkers,
        Path medicineVocabulary) {
}
