package org.salus.assistant.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.salus.kb.ingest.MedlinePlusTopicsFile;

/**
 * A local health-topic file made ready for ingest: unzipped when NLM's compressed form was given, its SHA-256 taken
 * and compared when the operator states one, and checked for shape, date and topic count before anything is indexed.
 */
public final class TopicsFile {

    private TopicsFile() {
    }

    /** Whether {@code file} is a zip archive (by its first bytes, whatever its name). */
    public static boolean zipped(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    /** Extracts the archive's {@code mplus_topics*.xml} entry into {@code target}, at most {@code maxBytes}. */
    public static void unzip(Path archive, Path target, long maxBytes) throws IOException, FetchFailed {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (!entry.isDirectory() && name.contains("mplus_topics") && name.endsWith(".xml")) {
                    copy(zip, target, maxBytes);
                    return;
                }
            }
        }
        throw new FetchFailed(archive.getFileName() + " holds no mplus_topics*.xml file");
    }

    private static void copy(InputStream in, Path target, long maxBytes) throws IOException, FetchFailed {
        try (OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[1 << 16];
            long done = 0;
            int n;
            while ((n = in.read(buffer)) >= 0) {
                done += n;
                if (done > maxBytes) {
                    throw new FetchFailed("the unzipped file is larger than the limit of " + maxBytes / (1 << 20)
                            + " MB (--max-mb)");
                }
                out.write(buffer, 0, n);
            }
        }
    }

    /** The file's SHA-256 in lowercase hex. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Checks the XML and that it holds at least {@code minTopics} topics in {@code language}; returns its summary.
     * A file in the right shape but with too few topics is refused too: it would retire most of the library.
     */
    public static MedlinePlusTopicsFile.Summary check(Path xml, String language, int minTopics)
            throws IOException, FetchFailed {
        MedlinePlusTopicsFile.Summary summary;
        try {
            summary = MedlinePlusTopicsFile.inspect(xml);
        } catch (MedlinePlusTopicsFile.Invalid e) {
            throw new FetchFailed("rejected " + xml.getFileName() + ": " + e.getMessage());
        }
        int topics = summary.topics(language);
        if (topics < minTopics) {
            throw new FetchFailed("rejected " + xml.getFileName() + ": it holds " + topics + " topics in '" + language
                    + "', fewer than the " + minTopics + " expected (--min-topics); a partial file would retire the rest");
        }
        return summary;
    }
}
