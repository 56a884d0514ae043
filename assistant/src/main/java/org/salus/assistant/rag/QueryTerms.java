package org.salus.assistant.rag;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a search text within what the lexical index can take: each word becomes a clause per searched field, and a
 * text of hundreds of distinct words (or one long hyphenated run) would exceed Lucene's clause limit. Texts within
 * the cap pass unchanged; longer ones keep their first distinct words.
 */
public final class QueryTerms {

    /** Distinct words kept; with three searched fields and the expansions this stays far below Lucene's 1,024. */
    public static final int MAX_TERMS = 96;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private QueryTerms() {
    }

    public static String capped(String text) {
        Matcher words = WORD.matcher(text);
        Set<String> kept = new LinkedHashSet<>();
        int count = 0;
        while (words.find()) {
            count++;
            if (kept.size() < MAX_TERMS) {
                kept.add(words.group().toLowerCase(Locale.ROOT));
            }
        }
        return count <= MAX_TERMS ? text : String.join(" ", kept);
    }
}
