package org.salus.guardrails.redaction;

import java.util.List;
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
        detect(view.lowered(), view.loweredWords(), out);
    }

    @Override
    public void detect(String text, List<Span> out) {
        detect(text, Words.of(text), out);
    }

    private void detect(String text, List<Words.Word> words, List<Span> out) {
        boolean lowercaseText = text.chars().noneMatch(Character::isUpperCase);
        int i = 0;
        while (i < words.size()) {
            int end = placeEndingAt(text, words, i, lowercaseText);
            if (end > i) {
                out.add(new Span(words.get(i).start(), words.get(end - 1).end(), "LOCATION"));
                i = end;
            } else {
                i++;
            }
        }
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
