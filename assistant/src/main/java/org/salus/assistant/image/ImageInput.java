package org.salus.assistant.image;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.salus.assistant.web.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chat's door for images: checks and decodes the data URL, reads its text with the vision model when one is
 * configured (falling back to OCR when it fails) or with OCR, and finds the medicines and lab tests in it. Each image
 * is reported as a content-free {@link ImageProcessed} event; nothing of the image outlives the request.
 */
public final class ImageInput implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ImageInput.class);

    private final boolean enabled;
    private final long maxBytes;
    private final ImageDecoder decoder;
    private final TesseractOcr ocr;
    private final Optional<VisionTranscriber> vision;
    private final FindingsExtractor extractor;
    private final Consumer<ImageProcessed> events;

    ImageInput(ImageProperties properties, TesseractOcr ocr, Optional<VisionTranscriber> vision,
               FindingsExtractor extractor, Consumer<ImageProcessed> events) {
        this.enabled = properties.enabled();
        this.maxBytes = properties.maxBytes().toBytes();
        this.decoder = new ImageDecoder(maxBytes, properties.maxPixels(), properties.ocrPixels());
        this.ocr = ocr;
        this.vision = vision;
        this.extractor = extractor;
        this.events = events;
    }

    /** Whether images are accepted: enabled, and OCR installed or a vision model configured. */
    public boolean available() {
        return enabled && (vision.isPresent() || ocr.available());
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Checks and decodes an image; a bad one is a {@link BadImage} (4xx) and is recorded as rejected. */
    public DecodedImage decode(String dataUrl, String sessionId) {
        long start = System.nanoTime();
        try {
            return decoder.decode(dataUrl);
        } catch (BadImage e) {
            publish(sessionId, "none", e.outcome(), start);
            throw e;
        }
    }

    /** Reads a decoded image's text and finds what Salus knows in it; never throws for an unreadable image. */
    public ImageReading read(DecodedImage image, String language, String sessionId) {
        long start = System.nanoTime();
        List<String> notes = new ArrayList<>();
        String reader = "ocr";
        Read read = null;
        if (vision.isPresent()) {
            switch (vision.get().transcribe(image)) {
                case VisionTranscriber.Text t -> {
                    read = new Read(t.text(), extractor.extract(t.text()));
                    reader = "vision";
                }
                case VisionTranscriber.Failed f -> {
                    notes.add("the vision model could not read the image (" + f.reason() + ")"
                            + (ocr.available() ? ", so OCR read it instead" : ""));
                    reader = "vision_failed_ocr";
                }
            }
        }
        if (read == null) {
            read = ocr(image, language, notes);
        }
        boolean found = read.text().codePoints().filter(Character::isLetter).count() >= 3;
        ImageReading reading = new ImageReading(reader, found, found ? read.findings() : new Findings(List.of(), List.of()),
                notes);
        publish(sessionId, reader, reading.outcome(), start);
        return reading;
    }

    /**
     * Records that an accepted image was not read: because the message it came with was answered first
     * ({@code not_read}) or because this server reads no images ({@code unavailable}).
     */
    public void skipped(String sessionId, String outcome) {
        publish(sessionId, "none", outcome, System.nanoTime());
    }

    /** The rejection of an image sent without a message to a server that reads no images; recorded like a skip. */
    public BadImage unavailable(String sessionId) {
        skipped(sessionId, "unavailable");
        return new BadImage(400, "unavailable", "Image input unavailable",
                "This Salus server does not read images. Type the name of the medicine or test instead.");
    }

    /** Text read from an image and what was found in it. */
    private record Read(String text, Findings findings) {}

    /**
     * OCR as one block of lines first; when that finds nothing known, again with Tesseract's own layout analysis,
     * which reads labels with text in several columns or boxes better.
     */
    private Read ocr(DecodedImage image, String language, List<String> notes) {
        if (!ocr.available()) {
            notes.add("OCR is not installed on this server");
            return new Read("", new Findings(List.of(), List.of()));
        }
        OcrImage pixels = OcrImage.of(image.pixels());
        String text = ocrText(pixels, language, TesseractOcr.Layout.BLOCK, notes);
        Findings findings = extractor.extract(text);
        if (findings.isEmpty()) {
            String columns = ocrText(pixels, language, TesseractOcr.Layout.AUTO, notes);
            Findings more = extractor.extract(columns);
            if (!more.isEmpty() || text.isBlank()) {
                return new Read(columns, more);
            }
        }
        return new Read(text, findings);
    }

    private String ocrText(OcrImage image, String language, TesseractOcr.Layout layout, List<String> notes) {
        try {
            return ocr.read(image, language, layout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            notes.add("reading the image was interrupted");
            return "";
        } catch (org.salus.assistant.web.ApiException e) {
            throw e;
        } catch (RuntimeException e) {
            log.warn("OCR failed: {}", Failures.describe(e));
            if (!notes.contains("OCR failed on this image")) {
                notes.add("OCR failed on this image");
            }
            return "";
        }
    }

    private void publish(String sessionId, String reader, String outcome, long start) {
        events.accept(new ImageProcessed(Instant.now(), sessionId, reader, outcome, (System.nanoTime() - start) / 1_000_000));
    }

    @Override
    public void close() {
        ocr.close();
    }
}
