package org.salus.guardrails.redaction;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Person names where capitals say nothing (notes written in capitals, messages written in lower case): a word
 * is a name when a title, a relative, a role or a verb of contact introduces it ("WIFE MARY", "DR. KOWALSKI",
 * "D/W HO PATEL"), when it signs a line before a credential ("- J. SMITH RN"), when a given name and a surname
 * from the frequency lists stand together, or when it is a listed name and no word of a dictionary. Clinical
 * vocabulary (drugs, devices, abbreviations, eponyms) is never a name by itself.
 */
final class UncasedNameDetector implements Detector {

    private static final int MAX_WORDS = 3;
    /** Words after which the next one or two words are a name when they can be one at all. */
    private static final Set<String> STRONG = Set.of("dr", "drs", "doctor", "dra", "mr", "mrs", "ms", "miss", "mister",
            "wife", "husband", "son", "sons", "daughter", "daughters", "dtr", "mother", "father", "mom", "mum", "dad",
            "sister", "brother", "sis", "bro", "niece", "nephew", "grandson", "granddaughter", "grandmother",
            "grandfather", "aunt", "uncle", "cousin", "friend", "neighbor", "neighbour", "girlfriend", "boyfriend",
            "fiance", "fiancee", "partner", "hcp", "proxy", "guardian", "attending", "resident", "fellow", "intern",
            "pcp", "np", "rn", "md", "ho", "pa", "sw", "cm", "chaplain", "nurse", "esposa", "esposo", "marido", "hijo",
            "hija", "hijos", "hijas", "madre", "padre", "hermano", "hermana", "sobrino", "sobrina", "nieto", "nieta",
            "abuela", "abuelo", "tío", "tia", "tía", "tio", "amigo", "amiga", "vecino", "vecina", "sr", "sra", "srta",
            "don", "doña", "enfermera", "enfermero", "dear", "estimado", "estimada", "hi", "hello", "hola", "thanks",
            "regards", "signed", "name", "pt", "patient", "paciente", "named", "llamado", "llamada", "pastor", "rev",
            "reverend", "fr", "rabbi", "imam", "deacon", "interpreter", "translator", "intérprete");
    /** Words after which a following word is a name only when it is a listed name and no dictionary word. */
    private static final Set<String> WEAK = Set.of("called", "call", "spoke", "paged", "page", "notified", "per",
            "by", "with", "w", "to", "from", "and", "informed", "aware", "updated", "visited", "visit", "saw", "seen",
            "met", "told", "asked", "says", "said", "con", "por", "y", "llamó", "avisado", "avisada", "visto", "vista");
    private static final Set<String> CREDENTIALS = Set.of("rn", "rnc", "bsn", "msn", "md", "np", "pa", "pa-c", "lpn",
            "cna", "sn", "rrt", "pt", "ot", "sw", "licsw", "lcsw", "do", "mba", "phd", "pharmd", "crna", "aprn",
            "fnp", "acnp", "anp", "dnp", "rd", "slp", "emt", "medic", "due");
    private static final Set<String> PATIENT_CUES = Set.of("pt", "patient", "paciente", "name", "named", "llamado",
            "llamada", "hi", "hello", "hola", "thanks", "regards", "signed", "dear", "estimado", "estimada", "friend",
            "partner", "nurse", "resident", "attending", "fellow", "intern", "proxy", "guardian", "ho", "pa", "sw",
            "cm", "np", "md");
    private static final Pattern INITIAL = Pattern.compile("\\p{L}");

    private final Lexicons lex;

    UncasedNameDetector(Lexicons lex) {
        this.lex = lex;
    }

    @Override
    public void detect(String text, List<Span> out) {
        detect(CaseView.of(text), out);
    }

    @Override
    public void detect(CaseView view, List<Span> out) {
        if (!view.anyUncased()) {
            return;
        }
        List<Words.Word> words = view.words();
        int i = 0;
        while (i < words.size()) {
            Words.Word w = words.get(i);
            if (!view.uncasedAt(w.start())) {
                i++;
                continue;
            }
            int end = nameEndingAt(view.text(), words, i);
            if (end > i) {
                out.add(new Span(words.get(i).start(), words.get(end - 1).end(), "PERSON"));
                i = end;
            } else {
                i++;
            }
        }
    }

    private int nameEndingAt(String text, List<Words.Word> words, int i) {
        String before = i == 0 ? "" : key(words.get(i - 1));
        boolean joined = i > 0 && sameLine(words.get(i - 1));
        if (joined && STRONG.contains(before) && !initialOnly(words, i) || initialThenName(words, i)) {
            return extend(words, i, true);
        }
        if (joined && WEAK.contains(before) && listedOnly(words.get(i))) {
            return extend(words, i, false);
        }
        if (signature(text, words, i)) {
            return extend(words, i, true);
        }
        if (given(words.get(i)) && i + 1 < words.size() && sameLine(words.get(i)) && surname(words.get(i + 1))
                && !(lex.common(words.get(i).bare()) && lex.common(words.get(i + 1).bare()))) {
            return extend(words, i, false);
        }
        return listedOnly(words.get(i)) && words.get(i).text().length() >= 3 ? extend(words, i, false) : i;
    }

    /** The first word after a strong cue may be any word that can be a name; the following ones must be names. */
    private int extend(List<Words.Word> words, int i, boolean strong) {
        if (!(strong ? canBeName(words.get(i)) || isInitial(words.get(i)) || listedAfterTitle(words, i) : true)) {
            return i;
        }
        int end = i + 1;
        while (end < words.size() && end - i < MAX_WORDS && sameLine(words.get(end - 1))
                && !words.get(end - 1).gap().contains(",") && nextNamePart(words, end)) {
            end++;
        }
        return end;
    }

    private boolean nextNamePart(List<Words.Word> words, int j) {
        Words.Word w = words.get(j);
        return isInitial(w) || (lex.isKnownName(w.bare()) && !lex.clinical(w.bare()) && !lex.common(w.bare()))
                || (isInitial(words.get(j - 1)) && canBeName(w));
    }

    /** "- J. SMITH RN", "K.LEE, RNC": name words closing a line before a credential. */
    private boolean signature(String text, List<Words.Word> words, int i) {
        int j = i;
        while (j < words.size() && j - i < MAX_WORDS && (isInitial(words.get(j)) || canBeName(words.get(j)))) {
            j++;
            if (j < words.size() && CREDENTIALS.contains(key(words.get(j))) && lineEndsAfter(words.get(j))
                    && (j - i >= 2 || lex.isKnownName(words.get(i).bare()))) {
                return canBeName(words.get(j - 1));
            }
            if (j <= words.size() - 1 && !sameLine(words.get(j - 1))) {
                return false;
            }
        }
        return false;
    }

    private static boolean lineEndsAfter(Words.Word w) {
        String gap = w.gap();
        int nl = gap.indexOf('\n');
        return (nl >= 0 ? gap.substring(0, nl) : gap).matches("[\\s.,;:)/-]*");
    }

    private boolean initialThenName(List<Words.Word> words, int i) {
        return isInitial(words.get(i)) && i + 1 < words.size() && words.get(i).gap().startsWith(".")
                && sameLine(words.get(i)) && listedOnly(words.get(i + 1));
    }

    private boolean initialOnly(List<Words.Word> words, int i) {
        return isInitial(words.get(i)) && (i + 1 >= words.size() || !canBeName(words.get(i + 1)));
    }

    /** A word that may be a name: not clinical, not a function word, and a listed name or no dictionary word. */
    private boolean canBeName(Words.Word w) {
        String word = w.bare();
        if (word.length() < 2 || lex.clinical(word) || lex.notNames().contains(key(w)) || WEAK.contains(key(w))
                || STRONG.contains(key(w)) || CREDENTIALS.contains(key(w))) {
            return false;
        }
        return lex.isKnownName(word) || !lex.common(word);
    }

    /**
     * "DR STONE", "DAUGHTER ROSE", "HUSBAND FRANK": after a title or a relative, a listed name counts even when it is
     * also a clinical or ordinary word. "PT", "NAME" and greetings are not enough for that.
     */
    private boolean listedAfterTitle(List<Words.Word> words, int i) {
        if (i == 0 || PATIENT_CUES.contains(key(words.get(i - 1)))) {
            return false;
        }
        String word = words.get(i).bare();
        return word.length() >= 3 && lex.isKnownName(word) && !WEAK.contains(key(words.get(i)))
                && !CREDENTIALS.contains(key(words.get(i))) && !lex.notNames().contains(key(words.get(i)));
    }

    /** A listed name that no dictionary or clinical list knows as a word. */
    private boolean listedOnly(Words.Word w) {
        String word = w.bare();
        return lex.isKnownName(word) && !lex.ambiguousNames().contains(Lexicons.key(word)) && !lex.common(word)
                && !lex.clinical(word) && !lex.notNames().contains(Lexicons.key(word))
                && !lex.places().contains(Lexicons.key(word));
    }

    private boolean given(Words.Word w) {
        return lex.givenNames().contains(Lexicons.key(w.bare())) && !lex.clinical(w.bare());
    }

    private boolean surname(Words.Word w) {
        return lex.surnames().contains(Lexicons.key(w.bare())) && !lex.clinical(w.bare());
    }

    private static boolean isInitial(Words.Word w) {
        return w.text().length() == 1 && INITIAL.matcher(w.text()).matches();
    }

    private static boolean sameLine(Words.Word w) {
        return w.gap().indexOf('\n') < 0 && w.gap().length() <= 4;
    }

    private static String key(Words.Word w) {
        return Lexicons.key(w.bare());
    }
}
