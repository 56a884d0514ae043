package org.salus.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.salus.kb.index.Chunker;
import org.salus.kb.index.Passage;
import org.salus.kb.ingest.ImportOptions;
import org.salus.kb.ingest.Importers;

/**
 * Judges whether each cited sentence of an answer is supported by the passages it cites, independently of the app
 * and more strictly than its {@code OverlapVerifier}: at least 80 % of the sentence's content stems (Lucene's English
 * analyzer: stop words out, Porter stems) occur in the full text of its cited passages, every number it states occurs
 * there too, and there is no embedding-similarity fallback. Passages are rebuilt from the source corpus with the
 * knowledge base's own importer and chunker, so passage ids match the app's.
 */
final class CitationSupport {

    static final double MIN_STEMS = 0.8;

    private static final Pattern MARKERS = Pattern.compile("((?:\\s*\\[\\d+])+)[.!?]?");
    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");

    private final Map<String, String> passages;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final List<String> unsupported = new ArrayList<>();

    CitationSupport(Map<String, String> passages) {
        this.passages = Map.copyOf(passages);
    }

    /** Every passage of a corpus file as the app chunks it: id → title, section and text. */
    static CitationSupport fromCorpus(String format, Path path) throws IOException {
        Map<String, String> texts = new HashMap<>();
        Chunker chunker = Chunker.standard();
        var documents = Importers.forFormat(format).orElseThrow(() -> new IllegalArgumentException("unknown format " + format))
                .read(path, ImportOptions.defaults()).documents();
        for (var document : documents) {
            for (Passage p : chunker.chunk(document)) {
                texts.put(p.id(), p.title() + " " + p.section() + " " + p.text());
            }
        }
        return new CitationSupport(texts);
    }

    /** How many of an answer's cited sentences there are and how many their passages support. */
    record Count(int sentences, int supported) {}

    /**
     * Checks every sentence of {@code answer} that ends in citation markers; {@code cited} maps the answer's marker
     * numbers to passage ids. Text without markers (headings, notices) is not a cited claim and is not counted.
     */
    Count check(String answer, Map<Integer, String> cited) {
        int sentences = 0;
        int supported = 0;
        Matcher m = MARKERS.matcher(answer);
        int from = 0;
        while (m.find()) {
            String claim = answer.substring(from, m.start());
            claim = claim.substring(claim.lastIndexOf('\n') + 1).strip();
            from = m.end();
            if (claim.isEmpty()) {
                continue;
            }
            List<String> sources = new ArrayList<>();
            Matcher n = MARKER.matcher(m.group(1));
            while (n.find()) {
                String id = cited.get(Integer.parseInt(n.group(1)));
                sources.add(id == null ? null : passages.get(id));
            }
            sentences++;
            if (!sources.contains(null) && supports(String.join("\n", sources), claim)) {
                supported++;
            } else {
                unsupported.add(claim + m.group(1));
            }
        }
        return new Count(sentences, supported);
    }

    /** The cited sentences judged unsupported so far, with their markers, for reading the failures. */
    List<String> unsupported() {
        return List.copyOf(unsupported);
    }

    boolean supports(String source, String sentence) {
        Set<String> numbers = numbers(source);
        if (!numbers.containsAll(numbers(sentence))) {
            return false;
        }
        Set<String> stems = stems(sentence);
        if (stems.isEmpty()) {
            return false;
        }
        Set<String> available = stems(source);
        long found = stems.stream().filter(available::contains).count();
        return found >= MIN_STEMS * stems.size();
    }

    private static Set<String> numbers(String text) {
        Set<String> numbers = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            numbers.add(m.group().replace(',', '.'));
        }
        return numbers;
    }

    private Set<String> stems(String text) {
        Set<String> stems = new HashSet<>();
        try (TokenStream tokens = analyzer.tokenStream("t", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                stems.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }
}
