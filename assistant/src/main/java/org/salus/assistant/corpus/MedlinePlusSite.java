package org.salus.assistant.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NLM's MedlinePlus XML page over plain HTTP: finds the newest dated health-topic file it links to and downloads it
 * within a size limit. Only {@code ./salus corpus fetch} uses it; nothing else in Salus touches the network for content.
 */
public final class MedlinePlusSite {

    /** The page that lists the current bulk files. */
    public static final URI DEFAULT_INDEX = URI.create("https://medlineplus.gov/xml.html");

    private static final Pattern LINK = Pattern.compile(
            "href\\s*=\\s*[\"']([^\"'#?]*?mplus_topics_(?:compressed_)?(\\d{4}-\\d{2}-\\d{2})\\.(xml|zip))[\"']",
            Pattern.CASE_INSENSITIVE);
    private static final long MAX_PAGE_BYTES = 2L << 20;

    private final HttpClient http;
    private final Duration timeout;

    public MedlinePlusSite(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** A bulk file the page links to: where it is, the date in its name, and whether it is the zipped form. */
    public record Link(URI uri, String date, boolean zipped) {
        public String fileName() {
            String path = uri.getPath();
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    /** The newest health-topic file linked from {@code indexPage}, preferring the plain XML of that date. */
    public Link latest(URI indexPage) throws FetchFailed {
        String page;
        try (InputStream in = get(indexPage)) {
            byte[] bytes = in.readNBytes((int) MAX_PAGE_BYTES + 1);
            if (bytes.length > MAX_PAGE_BYTES) {
                throw new FetchFailed("the page " + indexPage + " is larger than 2 MB; it is not NLM's XML page");
            }
            page = new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw unreachable(indexPage, e);
        }
        return latestIn(page, indexPage).orElseThrow(() -> new FetchFailed("the page " + indexPage
                + " links to no mplus_topics_YYYY-MM-DD.xml file; NLM may have moved it (use --from FILE with a copy)"));
    }

    static Optional<Link> latestIn(String page, URI base) {
        Matcher m = LINK.matcher(page);
        Optional<Link> best = Optional.empty();
        Comparator<Link> order = Comparator.comparing(Link::date).thenComparing(l -> !l.zipped());
        while (m.find()) {
            Link link = new Link(base.resolve(m.group(1).strip()), m.group(2), m.group(3).equalsIgnoreCase("zip"));
            if (best.isEmpty() || order.compare(link, best.get()) > 0) {
                best = Optional.of(link);
            }
        }
        return best;
    }

    /** Downloads {@code link} to {@code target}, refusing anything over {@code maxBytes}, reporting progress. */
    public void download(Link link, Path target, long maxBytes, DownloadProgress progress) throws FetchFailed {
        AtomicLong lastArrival = new AtomicLong(System.nanoTime());
        AtomicBoolean stalled = new AtomicBoolean();
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform()
                .daemon().name("salus-download-watchdog").unstarted(r));
        try (InputStream in = get(link.uri()); OutputStream out = Files.newOutputStream(target)) {
            // A response that stops arriving is abandoned after the timeout: closing the stream ends the blocked read.
            watchdog.scheduleAtFixedRate(() -> {
                if (System.nanoTime() - lastArrival.get() > timeout.toNanos() && !stalled.getAndSet(true)) {
                    closeQuietly(in);
                }
            }, 1, 1, TimeUnit.SECONDS);
            byte[] buffer = new byte[1 << 16];
            long done = 0;
            int n;
            while ((n = in.read(buffer)) >= 0) {
                lastArrival.set(System.nanoTime());
                done += n;
                if (done > maxBytes) {
                    throw new FetchFailed(link.uri() + " is larger than the limit of " + maxBytes / (1 << 20)
                            + " MB (--max-mb); not downloaded");
                }
                out.write(buffer, 0, n);
                progress.update(done);
            }
            progress.finish(done);
        } catch (IOException e) {
            if (stalled.get()) {
                throw new FetchFailed(link.uri() + " sent nothing for " + timeout.toSeconds()
                        + " s (--timeout-seconds); download abandoned");
            }
            throw unreachable(link.uri(), e);
        } finally {
            watchdog.shutdownNow();
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // the reader sees the stream closed either way
        }
    }

    private InputStream get(URI uri) throws IOException, FetchFailed {
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
            throw new FetchFailed("only http and https addresses are fetched, not " + uri);
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("User-Agent", "Salus corpus fetch").GET().build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (response.statusCode() != 200) {
            response.body().close();
            throw new FetchFailed(uri + " answered HTTP " + response.statusCode());
        }
        return response.body();
    }

    private static FetchFailed unreachable(URI uri, IOException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new FetchFailed("cannot fetch " + uri + ": " + reason
                + " (check the network, or download the file elsewhere and use --from FILE)");
    }

    /** Told how many bytes have arrived so far. */
    public interface DownloadProgress {
        void update(long bytes);

        default void finish(long bytes) {
        }
    }
}
