package org.salus.kb.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Accent folding written once, so that "está" and "esta" or "médico" and "medico" meet wherever Salus compares words. */
public final class Accents {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Accents() {
    }

    /** The text with combining marks removed after compatibility decomposition ("ﬁ" becomes "fi", "é" becomes "e"). */
    public static String strip(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    }
}
