package org.salus.assistant.image;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.util.unit.DataSize;

/**
 * OCR latency per image, as a chat turn pays it: decoding the data URL, preparing the pixels, Tesseract and finding
 * the medicines and lab tests, over the pictures the tests draw. Prints the median and 95th percentile per image and
 * over all of them, and the first image's time (library load and engine start). It lives in the assistant's package
 * to drive its package-private OCR classes directly, and draws its pictures with the assistant's {@code TestImages}.
 * Run it (see docs/BENCHMARKS.md) with {@code ./mvnw -B -q -pl bench exec:exec
 * -Dbench.main=org.salus.assistant.image.OcrLatencyBenchmark} ({@code -Dbench.rounds=N} in
 * {@code MAVEN_OPTS} or {@code BENCH_ROUNDS=N} for more rounds).
 */
public final class OcrLatencyBenchmark {

    private static final int WARM_UP = 2;
    private static final int ROUNDS = Integer.parseInt(System.getenv().getOrDefault("BENCH_ROUNDS",
            Integer.toString(Integer.getInteger("bench.rounds", 15))));

    private OcrLatencyBenchmark() {
    }

    public static void main(String[] args) {
        TesseractOcr probe = new TesseractOcr(null, Duration.ofSeconds(10), 1);
        if (!probe.available()) {
            System.err.println("Tesseract is not available: " + probe.unavailableReason());
            System.exit(1);
        }
        probe.close();
        Map<String, String> images = images();
        ImageProperties properties = new ImageProperties(true, DataSize.ofMegabytes(5), 40_000_000, 8_000_000, null,
                Duration.ofSeconds(15), 1, null);
        ImageInput input = new ImageInput(properties, new TesseractOcr(null, Duration.ofSeconds(15), 1), Optional.empty(),
                new FindingsExtractor(Vocabularies.medicines(List.of(), null), Vocabularies.labTests()), e -> { });
        try {
            long cold = time(input, images.values().iterator().next());
            for (int i = 0; i < WARM_UP; i++) {
                images.values().forEach(url -> time(input, url));
            }
            List<Long> all = new ArrayList<>();
            System.out.printf("%-28s %8s %8s%n", "image", "median", "p95");
            for (var image : images.entrySet()) {
                long[] ms = new long[ROUNDS];
                for (int r = 0; r < ROUNDS; r++) {
                    ms[r] = time(input, image.getValue());
                    all.add(ms[r]);
                }
                Arrays.sort(ms);
                System.out.printf("%-28s %6d ms %6d ms%n", image.getKey(), percentile(ms, 50), percentile(ms, 95));
            }
            long[] every = all.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("all %d images x %d rounds: median %d ms, p95 %d ms; first image (cold) %d ms; %d cores%n",
                    images.size(), ROUNDS, percentile(every, 50), percentile(every, 95), cold,
                    Runtime.getRuntime().availableProcessors());
        } finally {
            input.close();
        }
    }

    private static Map<String, String> images() {
        Map<String, String> images = new LinkedHashMap<>();
        images.put("medication label (PNG)", TestImages.pngDataUrl(TestImages.medicationLabel()));
        images.put("medication label (JPEG)", TestImages.dataUrl("image/jpeg", TestImages.jpeg(TestImages.medicationLabel())));
        images.put("lab printout (PNG)", TestImages.pngDataUrl(TestImages.labPrintout()));
        images.put("lab printout (JPEG)", TestImages.dataUrl("image/jpeg", TestImages.jpeg(TestImages.labPrintout())));
        images.put("photo without text", TestImages.pngDataUrl(TestImages.noText()));
        for (int size : new int[] {14, 24, 48}) {
            for (double degrees : new double[] {0, 4}) {
                BufferedImage text = TestImages.text(List.of("Rx ACETAMINOPHEN 500 mg", "Take with water. Also contains:",
                        "Amoxicillin 250 mg/5 mL oral suspension"), size, degrees);
                images.put("text " + size + " px at " + (int) degrees + " deg", TestImages.pngDataUrl(text));
            }
        }
        return images;
    }

    private static long time(ImageInput input, String dataUrl) {
        long start = System.nanoTime();
        DecodedImage image = input.decode(dataUrl, null);
        input.read(image, "en", null);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
