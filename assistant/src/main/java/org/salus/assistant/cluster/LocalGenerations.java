package org.salus.assistant.cluster;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.salus.kb.index.CollectionStore;

/**
 * Brings a data directory's collection to a published generation: downloads it beside the serving one, verifies every
 * file (SHA-256 while downloading, then Lucene's own footer checksums), renames it into place and switches
 * {@code CURRENT} in one atomic rename, the same pointer a local build switches, so searches move over at once.
 */
final class LocalGenerations {

    private static final String MANIFEST = "salus-manifest.json";

    private LocalGenerations() {
    }

    /** Whether the collection's serving generation in {@code store} is {@code published}. */
    static boolean serving(CollectionStore store, PublishedGeneration published) {
        return store.current(published.collection()).map(p -> p.getFileName().toString().equals(published.name())).orElse(false);
    }

    /** Installs {@code published} and makes it current; returns false when it already was. */
    static boolean install(CollectionStore store, GenerationArchive archive, PublishedGeneration published)
            throws IOException, SQLException {
        if (serving(store, published)) {
            return false;
        }
        Path collection = store.directory(published.collection());
        Files.createDirectories(collection);
        Optional<Path> previous = store.current(published.collection());
        Path staging = collection.resolve("download-" + published.name());
        deleteTree(staging);
        try {
            archive.download(published, staging);
            verifyLuceneChecksums(staging);
            Path target = collection.resolve(published.name());
            deleteTree(target);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            point(collection, published.name());
        } finally {
            deleteTree(staging);
        }
        // Searches in flight keep their open files; the next search opens the new generation.
        if (previous.isPresent()) {
            deleteTree(previous.get());
        }
        return true;
    }

    static void verifyLuceneChecksums(Path generation) throws IOException {
        try (Directory dir = FSDirectory.open(generation)) {
            for (String file : dir.listAll()) {
                if (file.equals(MANIFEST) || file.equals("write.lock")) {
                    continue;
                }
                try (IndexInput in = dir.openInput(file, IOContext.READONCE)) {
                    CodecUtil.checksumEntireFile(in);
                }
            }
        }
    }

    private static void point(Path collection, String generation) throws IOException {
        Path tmp = collection.resolve("CURRENT.replica.tmp");
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(StandardCharsets.UTF_8.encode(generation + "\n"));
            channel.force(true);
        }
        try {
            Files.move(tmp, collection.resolve("CURRENT"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, collection.resolve("CURRENT"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
