package org.salus.assistant.image;

import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.TessAPI;
import org.salus.assistant.web.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tesseract through tess4j's C API: the system's libtesseract and language data, a few initialised engines reused
 * across requests (initialising one costs about as much as reading an image), at most {@code workers} reading at
 * once, each read stopped at a deadline. Every word is kept, however unsure Tesseract is of it: the names that
 * matter are checked against Salus's lists afterwards, and dropping unsure words lost strengths such as "mg/5 mL".
 */
final class TesseractOcr implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TesseractOcr.class);
    /** How Tesseract lays out the page: one block of lines (labels, printouts), or its own analysis of columns. */
    enum Layout {
        BLOCK(6), AUTO(3);

        private final int pageSegMode;

        Layout(int pageSegMode) {
            this.pageSegMode = pageSegMode;
        }
    }

    private final Optional<Path> tessdata;
    /** How long a read waits for a free OCR worker before the request is refused (it used to wait for ever). */
    static final Duration QUEUE_WAIT = Duration.ofSeconds(2);

    private final Duration timeout;
    private final Semaphore workers;
    private final Map<String, ConcurrentLinkedQueue<ITessAPI.TessBaseAPI>> idle = new ConcurrentHashMap<>();
    private volatile Boolean loadable;
    private volatile boolean closed;

    TesseractOcr(String configuredTessdata, Duration timeout, int workers) {
        this.tessdata = locate(configuredTessdata);
        this.timeout = timeout;
        this.workers = new Semaphore(workers);
    }

    /** Whether OCR can run here: language data found and libtesseract loadable. */
    boolean available() {
        if (tessdata.isEmpty()) {
            return false;
        }
        Boolean known = loadable;
        if (known == null) {
            synchronized (this) {
                if (loadable == null) {
                    loadable = load();
                }
                known = loadable;
            }
        }
        return known;
    }

    /** Why OCR is unavailable, for the operator's log and the tests' skip message. */
    String unavailableReason() {
        if (tessdata.isEmpty()) {
            return "no Tesseract language data (eng.traineddata) found; install tesseract-ocr-eng or set salus.image.tessdata";
        }
        return available() ? "" : "libtesseract could not be loaded; install tesseract-ocr";
    }

    Optional<Path> tessdata() {
        return tessdata;
    }

    /** The Tesseract language string for a chat language: Spanish adds {@code spa} when its data is installed. */
    String languages(String language) {
        return "es".equals(language) && tessdata.map(d -> Files.isReadable(d.resolve("spa.traineddata"))).orElse(false)
                ? "eng+spa" : "eng";
    }

    /** The words of the image, line by line; empty when Tesseract found none. */
    String read(OcrImage image, String language, Layout layout) throws InterruptedException {
        if (!available() || closed) {
            throw new IllegalStateException("OCR unavailable");
        }
        String languages = languages(language);
        if (!workers.tryAcquire(QUEUE_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new org.salus.assistant.web.ApiException(503, "Busy",
                    "Too many images are being read right now. Please try again in a moment.");
        }
        ITessAPI.TessBaseAPI handle = null;
        try {
            handle = take(languages);
            TessAPI.INSTANCE.TessBaseAPISetPageSegMode(handle, layout.pageSegMode);
            return recognise(handle, image);
        } finally {
            if (handle != null && closed) {
                TessAPI.INSTANCE.TessBaseAPIEnd(handle);
                TessAPI.INSTANCE.TessBaseAPIDelete(handle);
            } else if (handle != null) {
                TessAPI.INSTANCE.TessBaseAPIClear(handle);
                idle.computeIfAbsent(languages, l -> new ConcurrentLinkedQueue<>()).add(handle);
            }
            workers.release();
        }
    }

    private String recognise(ITessAPI.TessBaseAPI handle, OcrImage image) {
        TessAPI api = TessAPI.INSTANCE;
        ByteBuffer pixels = ByteBuffer.allocateDirect(image.gray().length).put(image.gray()).flip();
        api.TessBaseAPISetImage(handle, pixels, image.width(), image.height(), 1, image.width());
        api.TessBaseAPISetSourceResolution(handle, 300);
        ITessAPI.ETEXT_DESC monitor = api.TessMonitorCreate();
        try {
            api.TessMonitorSetDeadlineMSecs(monitor, (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
            api.TessBaseAPIRecognize(handle, monitor);
            return words(api, handle);
        } finally {
            api.TessMonitorDelete(monitor);
        }
    }

    private static String words(TessAPI api, ITessAPI.TessBaseAPI handle) {
        ITessAPI.TessResultIterator words = api.TessBaseAPIGetIterator(handle);
        if (words == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        try {
            ITessAPI.TessPageIterator page = api.TessResultIteratorGetPageIterator(words);
            boolean lineHasWords = false;
            do {
                if (api.TessPageIteratorIsAtBeginningOf(page, ITessAPI.TessPageIteratorLevel.RIL_TEXTLINE) == ITessAPI.TRUE
                        && lineHasWords) {
                    text.append('\n');
                    lineHasWords = false;
                }
                Pointer word = api.TessResultIteratorGetUTF8Text(words, ITessAPI.TessPageIteratorLevel.RIL_WORD);
                if (word == null) {
                    continue;
                }
                String value = word.getString(0, "UTF-8");
                api.TessDeleteText(word);
                if (!value.isBlank()) {
                    text.append(lineHasWords ? " " : "").append(value.strip());
                    lineHasWords = true;
                }
            } while (api.TessPageIteratorNext(page, ITessAPI.TessPageIteratorLevel.RIL_WORD) == ITessAPI.TRUE);
        } finally {
            api.TessResultIteratorDelete(words);
        }
        return text.toString();
    }

    private ITessAPI.TessBaseAPI take(String languages) {
        ITessAPI.TessBaseAPI handle = idle.computeIfAbsent(languages, l -> new ConcurrentLinkedQueue<>()).poll();
        if (handle != null) {
            return handle;
        }
        TessAPI api = TessAPI.INSTANCE;
        handle = api.TessBaseAPICreate();
        if (api.TessBaseAPIInit3(handle, tessdata.orElseThrow().toString(), languages) != 0) {
            api.TessBaseAPIDelete(handle);
            throw new IllegalStateException("Tesseract could not load its language data");
        }
        // Tesseract's diagnostics go nowhere rather than to the console.
        api.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
        return handle;
    }

    private boolean load() {
        try {
            String version = TessAPI.INSTANCE.TessVersion();
            log.info("OCR ready: Tesseract {} with language data in {}", version, tessdata.orElseThrow());
            if (System.getenv("OMP_THREAD_LIMIT") == null) {
                log.warn("OMP_THREAD_LIMIT is not set: Tesseract's OpenMP threads make OCR several times slower on a "
                        + "busy machine; set OMP_THREAD_LIMIT=1 (the ./salus launcher does)");
            }
            return true;
        } catch (Throwable e) {
            log.warn("OCR unavailable: libtesseract could not be loaded ({})", Failures.describe(e));
            return false;
        }
    }

    /** The configured folder, else {@code TESSDATA_PREFIX}, else the newest Debian/Ubuntu or /usr/local install. */
    static Optional<Path> locate(String configured) {
        List<Path> candidates = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(TesseractOcr::hasEnglish);
        }
        String prefix = System.getenv("TESSDATA_PREFIX");
        if (prefix != null && !prefix.isBlank()) {
            candidates.add(Path.of(prefix));
            candidates.add(Path.of(prefix, "tessdata"));
        }
        Path debian = Path.of("/usr/share/tesseract-ocr");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.sorted(Comparator.comparing(Path::toString).reversed())
                        .forEach(v -> candidates.add(v.resolve("tessdata")));
            } catch (java.io.IOException e) {
                // An unreadable folder is simply not a candidate.
            }
        }
        candidates.add(Path.of("/usr/share/tessdata"));
        candidates.add(Path.of("/usr/local/share/tessdata"));
        candidates.add(Path.of("/opt/homebrew/share/tessdata"));
        return candidates.stream().filter(TesseractOcr::hasEnglish).findFirst();
    }

    private static boolean hasEnglish(Path folder) {
        return Files.isReadable(folder.resolve("eng.traineddata"));
    }

    @Override
    public void close() {
        closed = true;
        if (!Boolean.TRUE.equals(loadable)) {
            return;
        }
        for (var queue : idle.values()) {
            for (ITessAPI.TessBaseAPI handle; (handle = queue.poll()) != null; ) {
                TessAPI.INSTANCE.TessBaseAPIEnd(handle);
                TessAPI.INSTANCE.TessBaseAPIDelete(handle);
            }
        }
    }
}
