package org.salus.guardrails.redaction;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cities, regions, countries and US states from the project's gazetteer (one to five words), and capitalised
 * words after a phrase that introduces a place ("I live in", "vivo en", "born in").
 */
final class PlaceDetector implements Detector {

    private static final int MAX_WORDS = 5;
    private static final Pattern PLACE_PHRASE = Pattern.compile("(?iu)(?:^|[^\\p{L}])(?:live in|lives in|living in"
            + "|lived in|born in|moved to|move to|grew up in|based in|resident of|from the city of|city of|town of"
            + "|village of|vivo en|vive en|viv[ií]a en|resido en|reside en|nac[ií] en|naci[oó] en|nacid[oa] en"
            + "|me mud[eé] a|se mud[oó] a|soy de|es de|ciudad de|pueblo de|localidad de|provincia de|originally from"
            + "|arrived at|arrived in|travel(?:l?ed)? to|trip to|viaje a|viaj[eé] a|flew to|fly to|flying to|went to"
            + "|going to|returned to|return to|drove to|driving to|visit|visited|visiting|stayed in|staying in|i'?m in"
            + "|i am in|we'?re in|we are in|located in|moved here from|came from|coming from|come from|i'?m from"
            + "|am from|are from|is from|home city|hometown|home town|where:|city:|town:|ciudad:|localidad:|lugar:"
            + "|estoy en|estamos en|fui a|voy a|volv[ií] a|regres[eé] a|vengo de|venimos de|somos de)[\\s,]+"
            + "(?:the\\s+|la\\s+|el\\s+)?$");
    private static final Pattern IN_PHRASE = Pattern.compile("(?iu)(?:^|[^\\p{L}])(?:in|en|to|at|near|cerca de)\\s+$");
    private static final Pattern CLOSES = Pattern.compile("^(?:[,.;:!?)]|\\s*$)");

    private static final Set<String> STRONG_PLACE_CUES = Set.of("lives in", "living in", "lived in", "live in", "home to",
            "c to", "discharged to", "moved to", "move to", "d/c'd to", "c'd to", "resides in", "resident of",
            "born in", "travel to", "trip to", "visiting from", "driving in", "in from", "back to", "return to",
            "returned to", "go to", "going to", "transferred from", "transfer from", "transferred to", "transfer to",
            "vive en", "reside en", "vivo en", "natural de", "traslado a", "trasladado a", "trasladada a",
            "procedente de");
    private static final Set<String> WEAK_PLACE_CUES = Set.of("in", "from", "near", "en", "desde");
    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "new", "port", "fort",
            "mount", "mt", "lake", "glen", "upper", "lower", "great", "little", "san", "santa", "los", "las", "el", "la");
    /** Words that follow place cues in notes without naming a place. */
    private static final Set<String> NOT_TOWNS = Set.of("home", "house", "apartment", "apt", "family", "wife",
            "husband", "daughter", "son", "friends", "friend", "rehab", "hospital", "floor", "unit", "room", "facility",
            "area", "town", "city", "state", "country", "work", "school", "church", "nursing", "hospice", "care",
            "assisted", "living", "group", "shelter", "hotel", "motel", "their", "his", "her", "own", "the", "this",
            "that", "bed", "chair", "place", "today", "tonight", "morning", "evening", "afternoon", "night", "week",
            "weeks", "days", "months", "years", "tomorrow", "time", "order", "addition", "progress", "process",
            "person", "total", "view", "front", "back", "side", "bathroom", "bath", "shower", "hall",
            "hallway", "waiting", "transit", "route", "sync", "sinus", "rhythm", "good", "fair", "poor", "stable",
            "semanas", "meses", "horas", "casa", "domicilio", "residencia", "planta", "cama", "familia", "esposa", "marido", "hija", "hijo");

    private final Lexicons lex;

    PlaceDetector(Lexicons lex) {
        this.lex = lex;
    }

    @Override
    public boolean readsCapitals() {
        return true;
    }

    @Override
    public void detect(CaseView view, List<Span> out) {
        detect(view.lowered(), view.loweredWords(), view, out);
    }

    @Override
    public void detect(String text, List<Span> out) {
        detect(CaseView.of(text), out);
    }

    private void detect(String text, List<Words.Word> words, CaseView view, List<Span> out) {
        boolean lowercaseText = text.chars().noneMatch(Character::isUpperCase);
        int i = 0;
        while (i < words.size()) {
            int end = view.uncasedAt(words.get(i).start()) ? uncasedPlaceEndingAt(words, i)
                    : placeEndingAt(text, words, i, lowercaseText);
            if (end > i) {
                out.add(new Span(words.get(i).start(), words.get(end - 1).end(), "LOCATION"));
                i = end;
            } else {
                i++;
            }
        }
    }

    /**
     * Where capitals mean nothing: a gazetteer name, or a word no dictionary knows after a place cue ("LIVES IN
     * DORCHESTER", "HOME TO REVERE", "STAYING W/ FRIENDS IN NEWTON"); after a strong cue a listed name or place that is
     * also a word counts too. Clinical words and the generic words of care ("HOME", "REHAB", "WIFE") never do.
     */
    private int uncasedPlaceEndingAt(List<Words.Word> words, int i) {
        int gazetteer = gazetteerEnd(words, i);
        int cue = placeCue(words, i);
        if (gazetteer > i + 1 || gazetteer == i + 1 && words.get(i).text().length() > 3
                && (cue > 0 || !lex.common(words.get(i).text()))) {
            return gazetteer;
        }
        if (cue == 0) {
            return i;
        }
        int first = i;
        if (DIRECTIONS.contains(words.get(i).key()) && i + 1 < words.size() && words.get(i).spaceOnly()
                && townWord(words.get(i + 1), cue)) {
            first = i + 1;
        } else if (!townWord(words.get(i), cue)) {
            return i;
        }
        int end = first + 1;
        while (end < words.size() && end - i < 3 && words.get(end - 1).spaceOnly() && townWord(words.get(end), 1)) {
            end++;
        }
        return end;
    }

    /** 2 after a strong place cue ("lives in", "home to", "discharged to"), 1 after "in", "from", "near"; else 0. */
    private static int placeCue(List<Words.Word> words, int i) {
        if (i == 0 || !words.get(i - 1).spaceOnly()) {
            return 0;
        }
        String prev = words.get(i - 1).key();
        String prev2 = i >= 2 && words.get(i - 2).spaceOnly() ? words.get(i - 2).key() : "";
        if (STRONG_PLACE_CUES.contains(prev2 + " " + prev)) {
            return 2;
        }
        return WEAK_PLACE_CUES.contains(prev) ? 1 : 0;
    }

    /** A word that can name a town: after a strong cue a listed name or place, else a word no dictionary knows. */
    private boolean townWord(Words.Word w, int cue) {
        String key = w.key();
        if (key.length() < 4 || lex.clinical(key) || lex.notNames().contains(key) || NOT_TOWNS.contains(key)
                || !w.text().chars().anyMatch(c -> "aeiouy".indexOf(c) >= 0)) {
            return false;
        }
        if (!lex.common(key)) {
            return cue == 2 || !lex.givenNames().contains(key);
        }
        return cue == 2 && (lex.places().contains(key) || lex.surnames().contains(key));
    }

    private int gazetteerEnd(List<Words.Word> words, int i) {
        StringBuilder phrase = new StringBuilder();
        int found = i;
        for (int j = i; j < words.size() && j - i < MAX_WORDS; j++) {
            if (j > i) {
                if (!words.get(j - 1).spaceOnly()) {
                    break;
                }
                phrase.append(' ');
            }
            phrase.append(words.get(j).key());
            if (lex.places().contains(phrase.toString())) {
                found = j + 1;
            }
        }
        return found;
    }

    private int placeEndingAt(String text, List<Words.Word> words, int i, boolean lowercaseText) {
        Words.Word first = words.get(i);
        if (!first.capitalised()) {
            return lowercaseText && lex.places().contains(Lexicons.key(first.text())) && first.text().length() > 3
                    ? i + 1 : i;
        }
        StringBuilder phrase = new StringBuilder();
        int found = i;
        for (int j = i; j < words.size() && j - i < MAX_WORDS; j++) {
            if (j > i) {
                String gap = words.get(j - 1).gap();
                if (!words.get(j - 1).spaceOnly() && !gap.equals("-") && !gap.equals(". ")) {
                    break;
                }
                phrase.append(gap.isBlank() ? " " : gap);
            }
            Words.Word w = words.get(j);
            if (w.capitalised() && lex.places().contains(Lexicons.key(phrase + w.bare()))) {
                found = j + 1;
            }
            phrase.append(w.text());
        }
        if (found > i) {
            return found;
        }
        String before = text.substring(Math.max(0, first.start() - 30), first.start());
        if (lex.notNames().contains(Lexicons.key(first.bare()))) {
            return i;
        }
        int end = i + 1;
        while (end < words.size() && end - i < 3 && words.get(end - 1).spaceOnly() && words.get(end).capitalised()
                && !lex.notNames().contains(Lexicons.key(words.get(end).bare()))) {
            end++;
        }
        if (PLACE_PHRASE.matcher(before).find()) {
            return end;
        }
        boolean closes = CLOSES.matcher(text.substring(words.get(end - 1).end(),
                Math.min(text.length(), words.get(end - 1).end() + 3))).find();
        if (IN_PHRASE.matcher(before).find() && closes && !lex.givenNames().contains(Lexicons.key(first.bare()))) {
            return end;
        }
        return i;
    }
}
