package org.salus.kb.embed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A bounded least-recently-used map from query text to its embedding. Keys are SHA-256 digests, so the questions
 * themselves are not kept in memory after their request ends; nothing is ever written anywhere.
 */
final class QueryCache {

    private static final HexFormat HEX = HexFormat.of();

    private final int capacity;
    private final Map<String, float[]> entries;

    private QueryCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > QueryCache.this.capacity;
            }
        };
    }

    static QueryCache of(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("query cache size must be >= 0, was " + capacity);
        }
        return new QueryCache(capacity);
    }

    /** The cached vector for {@code text}, or {@code embed}'s result, remembered (a copy is returned either way). */
    float[] get(String text, Function<String, float[]> embed) {
        if (capacity == 0) {
            return embed.apply(text);
        }
        String key = digest(text);
        float[] vector;
        synchronized (entries) {
            vector = entries.get(key);
        }
        if (vector == null) {
            vector = embed.apply(text);
            synchronized (entries) {
                entries.put(key, vector);
            }
        }
        return vector.clone();
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HEX.formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
