package org.salus.kb.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The on-disk layout of collections: each build goes to a new generation folder and a {@code CURRENT} file is
 * switched atomically, so a build killed part-way never disturbs the index that is serving.
 */
public final class CollectionStore {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final String CURRENT = "CURRENT";
    private static final String MANIFEST = "salus-manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final Set<Path> HELD_IN_THIS_JVM = ConcurrentHashMap.newKeySet();

    private final Path root;

    public CollectionStore(Path dataDir) {
        this.root = dataDir.toAbsolutePath().normalize().resolve("collections");
    }

    public static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("collection name must be 1-64 lowercase letters, digits, '-' or '_'");
        }
    }

    public Path directory(String name) {
        checkName(name);
        return root.resolve(name);
    }

    /** The generation folder that is serving now, if any build has completed. */
    public Optional<Path> current(String name) {
        Path pointer = directory(name).resolve(CURRENT);
        try {
            if (!Files.isRegularFile(pointer)) {
                return Optional.empty();
            }
            String generation = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            Path dir = directory(name).resolve(generation);
            return generation.startsWith("gen-") && Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public List<String> collections() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.map(p -> p.getFileName().toString()).filter(n -> NAME.matcher(n).matches())
                    .filter(n -> current(n).isPresent()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    Path newGeneration(String name) throws IOException {
        Path dir = directory(name);
        Files.createDirectories(dir);
        Path generation = dir.resolve("gen-" + System.currentTimeMillis() + "-" + ProcessHandle.current().pid());
        Files.createDirectory(generation);
        return generation;
    }

    /** Makes {@code generation} the serving index in one atomic rename, then removes older generations. */
    void publish(String name, Path generation) throws IOException {
        Path dir = directory(name);
        Path tmp = dir.resolve(CURRENT + ".tmp");
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(StandardCharsets.UTF_8.encode(generation.getFileName().toString() + "\n"));
            channel.force(true);
        }
        try {
            Files.move(tmp, dir.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, dir.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
        }
        removeOtherGenerations(name, generation);
    }

    /** Deletes generation folders other than {@code keep}: leftovers of killed builds and replaced indexes. */
    void removeOtherGenerations(String name, Path keep) throws IOException {
        try (Stream<Path> dirs = Files.list(directory(name))) {
            for (Path dir : dirs.filter(p -> p.getFileName().toString().startsWith("gen-")).toList()) {
                if (!dir.equals(keep)) {
                    deleteTree(dir);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Holds the collection's build lock; a second concurrent build fails fast instead of corrupting anything.
     * Builds in this JVM are tracked separately, because closing a second channel on the lock file would drop
     * the operating-system lock that keeps other processes out.
     */
    BuildLock lock(String name) throws IOException {
        Path dir = directory(name);
        Files.createDirectories(dir);
        Path file = dir.resolve("build.lock");
        if (!HELD_IN_THIS_JVM.add(file)) {
            throw busy(name);
        }
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            if (lock == null) {
                channel.close();
                throw busy(name);
            }
            return new BuildLock(file, channel, lock);
        } catch (IOException | RuntimeException e) {
            HELD_IN_THIS_JVM.remove(file);
            throw e;
        }
    }

    private static IllegalStateException busy(String name) {
        return new IllegalStateException("another ingest into collection '" + name + "' is running");
    }

    /** What the serving generation of a collection holds, if it has one. */
    public Optional<Manifest> manifest(String name) {
        return current(name).map(CollectionStore::readManifest);
    }

    static Manifest readManifest(Path generation) {
        try {
            return JSON.readValue(generation.resolve(MANIFEST).toFile(), Manifest.class);
        } catch (IOException e) {
            return new Manifest("none", 0, 0, 0);
        }
    }

    static void writeManifest(Path generation, Manifest manifest) throws IOException {
        Path tmp = generation.resolve(MANIFEST + ".tmp");
        JSON.writeValue(tmp.toFile(), manifest);
        Files.move(tmp, generation.resolve(MANIFEST), StandardCopyOption.REPLACE_EXISTING);
    }

    /** What a generation holds and how its vectors were made. */
    public record Manifest(String embedding, int dimension, int documents, int passages) {}

    /** An exclusive build lock on one collection. */
    record BuildLock(Path file, FileChannel channel, FileLock lock) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            try {
                lock.release();
                channel.close();
            } finally {
                HELD_IN_THIS_JVM.remove(file);
            }
        }
    }
}
