package org.salus.assistant.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The operator's API keys, kept only as SHA-256 hashes, each under a name the audit trail records (environment
 * {@code SALUS_API_KEYS}, comma-separated). An entry {@code name:sha256-hex} stores a key's hash under its name; any
 * other entry is a plain key, as the contract first allowed: it is hashed as it is read and named {@code key-N} by its
 * position. A presented key is hashed and compared with every stored hash in constant time; no key is ever kept.
 */
record ApiKeys(List<Entry> entries, int plain) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern HASH = Pattern.compile("(?i)(sha256:)?[0-9a-f]{64}");

    /** One named key: its name (recorded in the audit trail) and the SHA-256 of the key. */
    record Entry(String name, byte[] sha256) {}

    /** Parses the setting; a name used twice stops the start. */
    static ApiKeys parse(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return new ApiKeys(List.of(), 0);
        }
        List<Entry> entries = new ArrayList<>();
        int position = 0;
        int plain = 0;
        for (String raw : commaSeparated.split(",")) {
            position++;
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int colon = entry.indexOf(':');
            String name = colon < 0 ? "" : entry.substring(0, colon);
            String hash = colon < 0 ? "" : entry.substring(colon + 1);
            Entry parsed;
            if (NAME.matcher(name).matches() && HASH.matcher(hash).matches()) {
                parsed = new Entry(name, HexFormat.of().parseHex(hash.substring(hash.length() - 64)));
            } else {
                parsed = new Entry("key-" + position, sha256(entry));
                plain++;
            }
            if (entries.stream().anyMatch(e -> e.name().equals(parsed.name()))) {
                throw new IllegalArgumentException("SALUS_API_KEYS names must be unique; '" + parsed.name() + "' repeats");
            }
            entries.add(parsed);
        }
        return new ApiKeys(List.copyOf(entries), plain);
    }

    boolean enabled() {
        return !entries.isEmpty();
    }

    /** The name of the key {@code candidate} is, if it is one of them. */
    Optional<String> match(String candidate) {
        if (candidate == null || candidate.isEmpty()) {
            return Optional.empty();
        }
        byte[] given = sha256(candidate);
        String found = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.sha256(), given) && found == null) {
                found = entry.name();
            }
        }
        return Optional.ofNullable(found);
    }

    static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
