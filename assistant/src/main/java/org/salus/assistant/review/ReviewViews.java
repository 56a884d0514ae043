package org.salus.assistant.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the reviewer page and the command line show: the queue, one document with its diff, and decision outcomes. */
public final class ReviewViews {

    private ReviewViews() {
    }

    /** The documents waiting for a reviewer, and the served ones with how often each was cited (counts only). */
    public record Queue(LocalDate today, int expiringWithinDays, List<Item> queue, List<Item> served) {}

    /** One document in a list: its state for reviewers, expiry, whether it expires within the window, citations. */
    public record Item(String id, String title, String language, String version, String state, LocalDate expiresOn,
                       boolean expiring, long cited) {}

    /**
     * One document as a reviewer reads it: its current text, and the text of the last version approved in the
     * workflow when that was another version, with the differences side by side and as a unified diff.
     */
    public record Document(String id, String title, String language, String publisher, String url, String version,
                           String state, LocalDate reviewedOn, LocalDate expiresOn, String text, String approvedVersion,
                           String approvedText, List<Row> diff, String unifiedDiff, List<Entry> history) {}

    /** One side-by-side row of a diff: {@code same}, {@code changed}, {@code removed} or {@code added}; an absent side is null. */
    public record Row(String kind, String left, String right) {}

    /** One past decision on the document. */
    public record Entry(Instant decidedAt, String version, String decision, String reviewer, String note,
                        LocalDate expiresOn) {}

    /** How a decision went. */
    public sealed interface Outcome permits Decided, Unknown, Rejected, Stale {}

    /** Stored; the document is now in {@code state}. */
    public record Decided(ReviewDecision decision, String state) implements Outcome {}

    /** No document with this id in the collection. */
    public record Unknown(String id) implements Outcome {}

    /** Not allowed, and why in plain words. */
    public record Rejected(String why) implements Outcome {}

    /** The document changed since the reviewer read it; {@code current} is the version now indexed. */
    public record Stale(String current) implements Outcome {}
}
