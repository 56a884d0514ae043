package org.salus.assistant.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the last successful fetch of one language ingested: the file and where it came from, its checksum, and the
 * topic ids, so the next fetch knows which topics NLM dropped; retired topics are listed with the day they left.
 */
public record FetchRecord(String language, String file, String source, String sha256, String generatedOn,
                          String fetchedOn, List<String> topics, Map<String, String> retired) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public FetchRecord {
        topics = List.copyOf(topics == null ? List.of() : topics);
        retired = new TreeMap<>(retired == null ? Map.of() : retired);
    }

    /** Where fetch records and the kept copy of the last file live inside the data directory. */
    public static Path directory(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve("sources").resolve("medlineplus");
    }

    static Path path(Path dataDir, String language) {
        return directory(dataDir).resolve("fetch-" + language + ".json");
    }

    public static Optional<FetchRecord> read(Path dataDir, String language) throws IOException {
        Path file = path(dataDir, language);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), FetchRecord.class));
        } catch (JacksonException e) {
            throw new IOException("cannot read the fetch record " + file + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Replaces the record in one rename, so a killed fetch leaves the previous record whole. */
    void write(Path dataDir) throws IOException {
        Path file = path(dataDir, language);
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), this);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
