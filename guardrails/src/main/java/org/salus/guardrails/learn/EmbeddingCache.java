package org.salus.guardrails.learn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Query embeddings of training texts kept between builds under {@code target/}, keyed by a SHA-256 of the text, so
 * rebuilding the heads embeds only new or changed messages.
 */
public final class EmbeddingCache {

    private final Path file;
    private final Map<String, float[]> vectors = new HashMap<>();

    public EmbeddingCache(Path file) throws IOException {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
                while (true) {
                    String key;
                    try {
                        key = in.readUTF();
                    } catch (EOFException end) {
                        break;
                    }
                    float[] v = new float[in.readInt()];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = in.readFloat();
                    }
                    vectors.put(key, v);
                }
            } catch (EOFException truncated) {
                // a build killed while appending: keep what was read whole
            }
        }
    }

    public float[] get(String text) {
        return vectors.get(key(text));
    }

    public void putAll(Map<String, float[]> byText) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream raw = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
             DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(raw))) {
            for (Map.Entry<String, float[]> e : byText.entrySet()) {
                String key = key(e.getKey());
                vectors.put(key, e.getValue());
                out.writeUTF(key);
                out.writeInt(e.getValue().length);
                for (float f : e.getValue()) {
                    out.writeFloat(f);
                }
            }
        }
    }

    public static String key(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((BgeQueryEmbedder.NAME + "\n" + text)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
