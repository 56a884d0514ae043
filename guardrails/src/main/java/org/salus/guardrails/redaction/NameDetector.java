package org.salus.guardrails.redaction;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Person names: words from the project's given-name and surname lexicons, and capitalised words that follow
 * a title or a naming phrase ("Dr.", "my name is", "me llamo"), extended over the rest of the name.
 * Medical eponyms ("Parkinson's disease", "síndrome de Down") are not names.
 */
final class NameDetector implements Detector {

    private static final int MAX_WORDS = 5;
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?iu)(?:^|[^\\p{L}])(?:mr|mrs|ms|miss|mx|dr|dra|drs"
            + "|prof|profa|sr|sra|srta|sir|madam|dame|lady|lord|don|doña|dña|fr|rev|capt|sgt|lt|col|herr|frau|mme|mlle"
            + "|m)\\.?\\s*$");
    private static final Pattern STRONG_BEFORE = Pattern.compile("(?iu)(?:^|[^\\p{L}])(?:my name is|name is|name:|named"
            + "|named (?:him|her)|called (?:him|her)|(?:last |first |sur|full )?name\\??|calls me|call me|ll[aá]mame"
            + "|me llaman|apellidos?:?|under my (?:\\w+'s )?name|under the name|under|change it to"
            + "|called|me llamo|mi nombre es|se llama|nombre:|nombre es|patient:|paciente:|patient name:|dear|hi|hello|hey"
            + "|hola|buenos d[ií]as|estimad[oa]|querid[oa]|attn:?|atn:?|cc:|signed|firmado|directed by|written by|starring"
            + "|referred by|seen by|visto por|atendid[oa] por|firmado por|derivad[oa] por|according to|seg[uú]n|says|said"
            + "|dijo|told|asked|thanks|thank you|gracias|nurse|enfermer[oa]|doctor[a]?|señor[a]?|señorita|my (?:son|daughter"
            + "|husband|wife|mother|father|brother|sister|friend|partner|mum|mom|dad|grandmother|grandfather|boyfriend"
            + "|girlfriend|nephew|niece|cousin|aunt|uncle)|(?:his|her|their|our|your) (?:son|daughter|husband|wife|mother"
            + "|father|brother|sister|friend|partner|carer|caregiver)|(?:mi|su|tu|sus) (?:hijo|hija|marido|esposa|esposo|madre|padre|hermano|hermana"
            + "|amigo|amiga|pareja|mam[aá]|pap[aá]|abuela|abuelo|novio|novia|sobrino|sobrina|primo|prima|t[ií]o|t[ií]a)"
            + ")[\\s,:]*$");
    private static final Pattern WEAK_BEFORE = Pattern.compile("(?iu)(?:^|[^\\p{L}])(?:i am|i'm|soy|this is|es|con|with"
            + "|and|y|by|por|para|for|to|a|from|de|met|visited|saw|vi|call|llama|ask|pregunta)[\\s,:]*$");
    private static final Pattern VERB_AFTER = Pattern.compile("(?iu)^[\\s,]*(?:says|said|dijo|explains|explained|wrote"
            + "|writes|asked|replied|told|added|agreed|explica|explicó|afirma|afirmó|comenta|comentó)\\b");
    private static final Pattern EPONYM_AFTER = Pattern.compile("(?iu)^(?:['’]s)?[\\s-]*(?:disease|syndrome|disorder|palsy"
            + "|sign|test|maneuver|manoeuvre|reflex|law|sarcoma|lymphoma|tumou?r|procedure|operation|score|scale"
            + "|criteria|classification|phenomenon|ulcer|fracture|cyst|node|triad|angina|anomaly|dementia|ataxia|chorea"
            + "|encephalopathy|cells?|duct|gland|canal|space|tube|effect|method|position|solution|stain|index"
            + "|formula|equation|technique|ratio|rule|curve|classification)\\b");
    private static final Pattern EPONYM_BEFORE = Pattern.compile("(?iu)(?:enfermedad|s[ií]ndrome|mal|signo|prueba|test"
            + "|maniobra|escala|linfoma|sarcoma|ley|reflejo|tumor|demencia|corea|quiste|fractura|[uú]lcera|c[eé]lulas?"
            + "|m[eé]todo|[ií]ndice|t[eé]cnica|criterios?)\\s+de\\s*$");
    private static final Pattern SURNAME_SHAPE = Pattern.compile("(?u)(?:\\p{Lu}\\p{Ll}{2,}(?:sson|ssen|sen|dóttir|dottir"
            + "|ová|ova|eva|ev|ov|ski|ska|cki|cka|dzki|dzka|wicz|vić|vic|ić|enko|chuk|escu|opoulos|opoulou|akis|idis|oglu"
            + "|oğlu|inen|shvili|idze|yan|ez|mann|stein|elli|etti|ucci|acci|ini)|(?:Mc|Mac|O['’])\\p{Lu}\\p{Ll}{2,})");
    private static final Pattern PLACE_PREPOSITION = Pattern.compile("(?iu)(?:^|[^\\p{L}])(?:in|en|from|desde|to|a|at"
            + "|near|cerca de)\\s+$");
    private static final Pattern NAMING_BEFORE = Pattern.compile("(?iu)(?:my name is|name is|me llamo|mi nombre es"
            + "|i'?m|i am|soy|called|named)\\s+$");
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
    public void detect(String text, List<Span> out) {
        List<Words.Word> words = Words.of(text);
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
                end = withTrailingInitial(words, end);
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
        String before = text.substring(Math.max(0, words.get(i).start() - 40), words.get(i).start());
        return NAMING_BEFORE.matcher(before).find() ? end : i;
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
        if (TITLE_BEFORE.matcher(before).find() && !notName) {
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
        if (lex.places().contains(key) && !lex.givenNames().contains(key) && PLACE_PREPOSITION.matcher(before).find()) {
            return i;
        }
        if (lex.givenNames().contains(key) && !w.allCaps() && withTrailingInitial(words, i + 1) > i + 1) {
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
        boolean strong = STRONG_BEFORE.matcher(before).find();
        if (strong || (known && (WEAK_BEFORE.matcher(before).find() || followedByName && knownAt(words, i + 1, end)))) {
            return end;
        }
        if (VERB_AFTER.matcher(text.substring(w.end(), Math.min(text.length(), w.end() + 20))).find()
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

    /** "Robert L., 62": a name followed by the initial of its surname. */
    private static int withTrailingInitial(List<Words.Word> words, int end) {
        if (end < words.size() && words.get(end - 1).spaceOnly()) {
            Words.Word next = words.get(end);
            if (next.initial() && next.gap().startsWith(".")) {
                return end + 1;
            }
        }
        return end;
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
        return SURNAME_SHAPE.matcher(w.bare()).matches() && !lex.places().contains(Lexicons.key(w.bare()));
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
        return EPONYM_AFTER.matcher(text.substring(w.end(), Math.min(text.length(), w.end() + 30))).find()
                || EPONYM_AFTER.matcher(w.text().substring(w.bare().length())
                        + text.substring(w.end(), Math.min(text.length(), w.end() + 30))).find()
                || EPONYM_BEFORE.matcher(text.substring(Math.max(0, w.start() - 30), w.start())).find();
    }
}
