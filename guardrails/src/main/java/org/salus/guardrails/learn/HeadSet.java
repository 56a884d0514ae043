package org.salus.guardrails.learn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The classifier heads the build trains from {@code guardrails/training/} (see {@link HeadTrainer}), in two variants:
 * {@code full} heads read the query embedding too, {@code features} heads only the hashed text features (used when
 * no embedder is configured, and for the extra windows of long messages).
 *
 * @param embedder  the embedding the full heads were trained on, e.g. {@code bge-small-en-v1.5-q+query}
 * @param corpus    SHA-256 of what trained the heads (corpus, thresholds, trainer settings)
 * @param deep      the shared network whose heads are averaged with the full heads
 * @param neighbours the training messages' embeddings, whose nearest ones vote on crisis and harm
 * @param stack     how each head weighs the linear head, the network and the vote
 */
public record HeadSet(String embedder, String corpus, Map<String, Head> full, Map<String, Head> features,
                      SharedNet deep, Neighbours neighbours, Stacker stack) {

    static final String RESOURCE = "salus/guardrails/model/heads.bin.gz";
    private static final int MAGIC = 0x53484434;

    public HeadSet {
        full = Map.copyOf(full);
        features = Map.copyOf(features);
    }

    /** The heads packaged with the guardrails, or empty when the build did not train them. */
    public static Optional<HeadSet> packaged() {
        try (InputStream in = HeadSet.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the trained safety heads " + RESOURCE, e);
        }
    }

    public Head head(String name, boolean withEmbedding) {
        Head h = (withEmbedding ? full : features).get(name);
        if (h == null) {
            throw new IllegalStateException("no trained head '" + name + "'");
        }
        return h;
    }

    public static HeadSet read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(raw, 1 << 16),
                1 << 16));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a Salus head file");
        }
        String embedder = in.readUTF();
        String corpus = in.readUTF();
        Map<String, Head> full = readHeads(in);
        Map<String, Head> features = readHeads(in);
        return new HeadSet(embedder, corpus, full, features, SharedNet.read(in), Neighbours.read(in),
                Stacker.read(in));
    }

    public void write(OutputStream raw) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
        DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(gz, 1 << 16));
        out.writeInt(MAGIC);
        out.writeUTF(embedder);
        out.writeUTF(corpus);
        writeHeads(out, full);
        writeHeads(out, features);
        deep.write(out);
        neighbours.write(out);
        stack.write(out);
        out.flush();
        gz.finish();
    }

    private static Map<String, Head> readHeads(DataInputStream in) throws IOException {
        int count = in.readInt();
        Map<String, Head> heads = new LinkedHashMap<>();
        for (int h = 0; h < count; h++) {
            String name = in.readUTF();
            float[] dense = new float[in.readInt()];
            for (int i = 0; i < dense.length; i++) {
                dense[i] = in.readFloat();
            }
            float[] sparse = new float[Featurizer.DIMENSION];
            int nonZero = in.readInt();
            for (int i = 0; i < nonZero; i++) {
                int slot = in.readInt();
                sparse[slot] = in.readFloat();
            }
            heads.put(name, new Head(name, dense, sparse, in.readFloat(), in.readDouble(), in.readDouble()));
        }
        return heads;
    }

    private static void writeHeads(DataOutputStream out, Map<String, Head> heads) throws IOException {
        out.writeInt(heads.size());
        for (Head h : heads.values().stream().sorted(java.util.Comparator.comparing(Head::name)).toList()) {
            out.writeUTF(h.name());
            out.writeInt(h.dense().length);
            for (float f : h.dense()) {
                out.writeFloat(f);
            }
            int nonZero = 0;
            for (float f : h.sparse()) {
                nonZero += f != 0 ? 1 : 0;
            }
            out.writeInt(nonZero);
            for (int i = 0; i < h.sparse().length; i++) {
                if (h.sparse()[i] != 0) {
                    out.writeInt(i);
                    out.writeFloat(h.sparse()[i]);
                }
            }
            out.writeFloat(h.bias());
            out.writeDouble(h.plattA());
            out.writeDouble(h.plattB());
        }
    }
}
