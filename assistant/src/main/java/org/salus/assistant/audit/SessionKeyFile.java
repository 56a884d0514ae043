package org.salus.assistant.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/** One instance's session keys with their random secrets, in one owner-only file of the data directory. */
final class SessionKeyFile implements SessionKeys.Storage {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;

    SessionKeyFile(Path file) {
        this.file = file;
    }

    @Override
    public synchronized List<SessionKeys.Key> loadOrCreate() {
        List<SessionKeys.Key> keys = read();
        if (keys.isEmpty()) {
            keys = List.of(create());
            write(keys);
        }
        return keys;
    }

    @Override
    public SessionKeys.Key create() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        byte[] id = new byte[4];
        RANDOM.nextBytes(id);
        return new SessionKeys.Key(HexFormat.of().formatHex(id), Instant.now(), secret);
    }

    @Override
    public synchronized void add(SessionKeys.Key key) {
        List<SessionKeys.Key> keys = new ArrayList<>();
        keys.add(key);
        keys.addAll(read());
        write(keys);
    }

    @Override
    public synchronized void remove(Collection<String> ids) {
        write(read().stream().filter(k -> !ids.contains(k.id())).toList());
    }

    private List<SessionKeys.Key> read() {
        try {
            List<SessionKeys.Key> keys = new ArrayList<>();
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                    String[] f = line.split("\t");
                    if (f.length == 3) {
                        keys.add(new SessionKeys.Key(f[0], Instant.parse(f[1]), Base64.getDecoder().decode(f[2])));
                    }
                }
            }
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the session key file", e);
        }
    }

    private void write(List<SessionKeys.Key> keys) {
        StringBuilder text = new StringBuilder();
        for (SessionKeys.Key k : keys) {
            text.append(k.id()).append('\t').append(k.created()).append('\t')
                    .append(Base64.getEncoder().encodeToString(k.secret())).append('\n');
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".new");
            Files.deleteIfExists(tmp);
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(tmp, text, StandardCharsets.US_ASCII);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the session key file", e);
        }
    }
}
