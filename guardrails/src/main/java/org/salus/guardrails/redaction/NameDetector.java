package org.salus.guardrails.redaction;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Person names: words from the given-name and surname lexicons, and capitalised words after a title or a naming phrase
 * ("Dr.", "my name is", "me llamo"), over the rest of the name; eponyms ("Parkinson's disease") are not names.
 */
final class NameDetector implements Detector {

    private static final int MAX_WORDS = 5;
    private static final Pattern LIST_GAP = Pattern.compile(",[ \\t]|[ \\t](?:and|y|&)[ \\t]|,[ \\t](?:and|y)[ \\t]");
    private static final Set<String> PARTICLES = Set.of("de", "del", "la", "las", "los", "van", "von", "der", "den",
            "da", "di", "do", "dos", "das", "du", "le", "y", "bin", "ibn", "al", "el", "ter", "ten", "mac", "st");
    private final Lexicons lex;
    /** Recall-first: a listed name counts even when it is also an ordinary or clinical word ("Rose", "Walker"). */
    private final boolean eager;

    NameDetector(Lexicons lex) {
        this(lex, false);
    }

    NameDetector(Lexicons lex, boolean eager) {
        this.lex = lex;
        this.eager = eager;
    }

    @Override
    public boolean readsCapitals() {
        return true;
    }

    @Override
    public void detect(CaseView view, List<Span> out) {
        detect(view.lowered(), view.loweredWords(), out);
    }

    @Override
    public void detect(String text, List<Span> out) {
        detect(text, Words.of(text), out);
    }

    private void detect(String text, List<Words.Word> words, List<Span> out) {
        int i = 0;
        int lastEnd = -1;
        while (i < words.size()) {
            int end = nameEndingAt(text, words, i);
            if (end <= i) {
                end = lowercaseNameEndingAt(text, words, i);
            }
            if (end <= i && lastEnd == i && listedAfter(text, words, i)) {
                end = i + 1;
            }
            if (end > i) {
                end = Words.withTrailingInitial(words, end);
                int start = extendLeft(words, i);
                for (int item = start; item > 0 && listedBefore(text, words, item); item--) {
                    out.add(new Span(words.get(item - 1).start(), words.get(item - 1).end(), "PERSON"));
                }
                out.add(new Span(words.get(start).start(), words.get(end - 1).end(), "PERSON"));
                i = end;
                lastEnd = end;
            } else {
                i++;
            }
        }
    }

    /** "my name is lena andersson": lexicon names typed in lower case right after a naming phrase. */
    private int lowercaseNameEndingAt(String text, List<Words.Word> words, int i) {
        int end = i;
        while (end < words.size() && !words.get(end).capitalised() && lex.isKnownName(words.get(end).text())
                && !lex.notNames().contains(Lexicons.key(words.get(end).text()))
                && (end == i || words.get(end - 1).spaceOnly())) {
            end++;
        }
        if (end == i) {
            return i;
        }
        return NameContext.namingBefore(text, words.get(i).start()) ? end : i;
    }

    /** The word at {@code i} follows a name in a list ("Eklund, Michael and Hodge") and looks like a name. */
    private boolean listedAfter(String text, List<Words.Word> words, int i) {
        return i > 0 && LIST_GAP.matcher(words.get(i - 1).gap()).matches() && nameWord(text, words.get(i))
                && !lex.places().contains(Lexicons.key(words.get(i).bare()));
    }

    /** The word before {@code start} is a name-like item of the same list. */
    private boolean listedBefore(String text, List<Words.Word> words, int start) {
        Words.Word prev = words.get(start - 1);
        return LIST_GAP.matcher(prev.gap()).matches() && nameWord(text, prev) && !Words.sentenceStart(words, start - 1)
                && !lex.places().contains(Lexicons.key(prev.bare()));
    }

    /** If a name starts at word {@code i}, the index after its last word; otherwise {@code i}. */
    private int nameEndingAt(String text, List<Words.Word> words, int i) {
        Words.Word w = words.get(i);
        if (!w.capitalised() || eponymInUse(text, w)) {
            return i;
        }
        String before = text.substring(Math.max(0, w.start() - 40), w.start());
        String key = Lexicons.key(w.bare());
        boolean notName = lex.notNames().contains(key);
        if (!notName && NameContext.titleBefore(text, w.start())) {
            return extendRight(text, words, i);
        }
        if (w.allCaps() && w.bare().length() > 1 && !pairedCapitals(words, i)) {
            return i;
        }
        if (initialThenName(text, words, i) && (!notName || lex.givenNames().contains(key))) {
            return extendRight(text, words, i);
        }
        if (notName || lex.eponyms().contains(key)) {
            return i;
        }
        if (lex.places().contains(key) && !lex.givenNames().contains(key) && NameContext.PLACE_PREPOSITION.matcher(before).find()) {
            return i;
        }
        if (lex.givenNames().contains(key) && !w.allCaps() && Words.withTrailingInitial(words, i + 1) > i + 1) {
            return i + 1;
        }
        boolean ambiguous = lex.ambiguousNames().contains(key);
        boolean known = lex.isKnownName(w.bare());
        boolean trusted = !ambiguous || eager && !lex.eponyms().contains(key) && !lex.places().contains(key);
        boolean given = known && lex.givenNames().contains(key) && trusted;
        boolean surname = (known && lex.surnames().contains(key) || surnameShaped(w)) && trusted;
        int end = extendRight(text, words, i);
        boolean followedByName = end > i + 1;
        if (given || (surname && (!Words.sentenceStart(words, i) || followedByName))) {
            return end;
        }
        if (givenThenSurname(text, words, i) && !(Words.sentenceStart(words, i) && ambiguous)) {
            return end;
        }
        boolean strong = NameContext.STRONG_BEFORE.matcher(before).find();
        if (strong || (known && (NameContext.WEAK_BEFORE.matcher(before).find() || followedByName && knownAt(words, i + 1, end)))) {
            return end;
        }
        if (NameContext.VERB_AFTER.matcher(text.substring(w.end(), Math.min(text.length(), w.end() + 20))).find()
                && !Words.sentenceStart(words, i)) {
            return i + 1;
        }
        return i;
    }

    /** "John Smith": a listed given name then a listed surname, even when both are also ordinary words. */
    private boolean givenThenSurname(String text, List<Words.Word> words, int i) {
        if (i + 1 >= words.size() || !words.get(i).spaceOnly() || words.get(i).allCaps()) {
            return false;
        }
        Words.Word next = words.get(i + 1);
        String given = Lexicons.key(words.get(i).bare());
        String surname = Lexicons.key(next.bare());
        return lex.givenNames().contains(given) && lex.surnames().contains(surname) && nameWord(text, next)
                && !next.allCaps() && !lex.places().contains(surname);
    }

    /** In mixed-case text a word in capitals is an acronym ("GOLD", "BUN") unless a name in capitals is beside it. */
    private boolean pairedCapitals(List<Words.Word> words, int i) {
        boolean next = i + 1 < words.size() && words.get(i).spaceOnly() && words.get(i + 1).allCaps()
                && lex.isKnownName(words.get(i + 1).bare());
        boolean prev = i > 0 && words.get(i - 1).spaceOnly() && words.get(i - 1).allCaps()
                && lex.isKnownName(words.get(i - 1).bare());
        return (next || prev) && lex.isKnownName(words.get(i).bare());
    }

    /** "Ella H. Snider", "Martim A Pereira": a capitalised word, a middle initial, and another capitalised word. */
    private boolean initialThenName(String text, List<Words.Word> words, int i) {
        if (i + 2 >= words.size() || !words.get(i).spaceOnly()) {
            return false;
        }
        Words.Word middle = words.get(i + 1);
        boolean initial = middle.text().length() == 1 && middle.capitalised()
                && (middle.gap().matches("\\.?[ \\t]{1,2}"));
        return initial && nameWord(text, words.get(i + 2)) && !words.get(i).allCaps();
    }

    private boolean surnameShaped(Words.Word w) {
        return NameContext.SURNAME_SHAPE.matcher(w.bare()).matches() && !lex.places().contains(Lexicons.key(w.bare()));
    }

    private boolean knownAt(List<Words.Word> words, int from, int to) {
        for (int j = from; j < to; j++) {
            String key = Lexicons.key(words.get(j).bare());
            if ((lex.surnames().contains(key) || lex.givenNames().contains(key) || surnameShaped(words.get(j)))
                    && !lex.ambiguousNames().contains(key)) {
                return true;
            }
        }
        return false;
    }

    private int extendRight(String text, List<Words.Word> words, int i) {
        int end = i + 1;
        int j = i + 1;
        while (j < words.size() && j - i < MAX_WORDS && joined(words.get(j - 1))) {
            Words.Word next = words.get(j);
            if (PARTICLES.contains(next.text()) && j + 1 < words.size() && next.spaceOnly()
                    && nameWord(text, words.get(j + 1))) {
                j++;
                continue;
            }
            if (!nameWord(text, next)) {
                break;
            }
            end = ++j;
            if (!next.bare().equals(next.text())) {
                break;
            }
        }
        return end;
    }

    private int extendLeft(List<Words.Word> words, int i) {
        int start = i;
        while (start > 0 && joined(words.get(start - 1))) {
            Words.Word prev = words.get(start - 1);
            String key = Lexicons.key(prev.text());
            boolean known = lex.isKnownName(prev.text()) && !lex.notNames().contains(key);
            if (!(known || prev.initial()) || !prev.capitalised()) {
                break;
            }
            start--;
        }
        return start;
    }

    private static boolean joined(Words.Word w) {
        return w.spaceOnly() || (w.initial() && w.gap().matches("\\.[ \\t]{1,2}"));
    }

    private boolean nameWord(String text, Words.Word w) {
        if (!w.capitalised() || eponymInUse(text, w)) {
            return false;
        }
        String key = Lexicons.key(w.bare());
        return !lex.notNames().contains(key)
                && (!lex.places().contains(key) || lex.isKnownName(w.bare()));
    }

    private static boolean eponymInUse(String text, Words.Word w) {
        return NameContext.EPONYM_AFTER.matcher(text.substring(w.end(), Math.min(text.length(), w.end() + 30))).find()
                || NameContext.EPONYM_AFTER.matcher(w.text().substring(w.bare().length())
                        + text.substring(w.end(), Math.min(text.length(), w.end() + 30))).find()
                || NameContext.eponymBefore(text, w.start());
    }
}
