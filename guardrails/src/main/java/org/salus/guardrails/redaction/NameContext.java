package org.salus.guardrails.redaction;

import java.util.regex.Pattern;

/** The words around a capitalised word that make it a name (titles, naming phrases) or not one (eponyms, places). */
final class NameContext {

    static final Pattern TITLE_BEFORE = Pattern.compile("(?iu)(?:^|[^\\p{L}])(?:mr|mrs|ms|miss|mx|dr|dra|drs"
            + "|prof|profa|sr|sra|srta|sir|madam|dame|lady|lord|don|doña|dña|fr|rev|capt|sgt|lt|col|herr|frau|mme|mlle"
            + "|m)\\.?\\s*$");
    static final Pattern STRONG_BEFORE = Pattern.compile("(?iu)(?:^|[^\\p{L}])(?:my name is|name is|name:|named"
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
    static final Pattern WEAK_BEFORE = Pattern.compile("(?iu)(?:^|[^\\p{L}])(?:i am|i'm|soy|this is|es|con|with"
            + "|and|y|by|por|para|for|to|a|from|de|met|visited|saw|vi|call|llama|ask|pregunta)[\\s,:]*$");
    static final Pattern VERB_AFTER = Pattern.compile("(?iu)^[\\s,]*(?:says|said|dijo|explains|explained|wrote"
            + "|writes|asked|replied|told|added|agreed|explica|explicó|afirma|afirmó|comenta|comentó)\\b");
    static final Pattern EPONYM_AFTER = Pattern.compile("(?iu)^(?:['’]s)?[\\s-]*(?:disease|syndrome|disorder|palsy"
            + "|sign|test|maneuver|manoeuvre|reflex|law|sarcoma|lymphoma|tumou?r|procedure|operation|score|scale"
            + "|criteria|classification|phenomenon|ulcer|fracture|cyst|node|triad|angina|anomaly|dementia|ataxia|chorea"
            + "|encephalopathy|cells?|duct|gland|canal|space|tube|effect|method|position|solution|stain|index"
            + "|formula|equation|technique|ratio|rule|curve|classification)\\b");
    static final Pattern EPONYM_BEFORE = Pattern.compile("(?iu)(?:enfermedad|s[ií]ndrome|mal|signo|prueba|test"
            + "|maniobra|escala|linfoma|sarcoma|ley|reflejo|tumor|demencia|corea|quiste|fractura|[uú]lcera|c[eé]lulas?"
            + "|m[eé]todo|[ií]ndice|t[eé]cnica|criterios?)\\s+de\\s*$");
    static final Pattern SURNAME_SHAPE = Pattern.compile("(?u)(?:\\p{Lu}\\p{Ll}{2,}(?:sson|ssen|sen|dóttir|dottir"
            + "|ová|ova|eva|ev|ov|ski|ska|cki|cka|dzki|dzka|wicz|vić|vic|ić|enko|chuk|escu|opoulos|opoulou|akis|idis|oglu"
            + "|oğlu|inen|shvili|idze|yan|ez|mann|stein|elli|etti|ucci|acci|ini)|(?:Mc|Mac|O['’])\\p{Lu}\\p{Ll}{2,})");
    static final Pattern PLACE_PREPOSITION = Pattern.compile("(?iu)(?:^|[^\\p{L}])(?:in|en|from|desde|to|a|at"
            + "|near|cerca de)\\s+$");
    static final Pattern NAMING_BEFORE = Pattern.compile("(?iu)(?:my name is|name is|me llamo|mi nombre es"
            + "|i'?m|i am|soy|called|named)\\s+$");

    private static final java.util.Set<String> TITLES = java.util.Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "dra",
            "drs", "prof", "profa", "sr", "sra", "srta", "sir", "madam", "dame", "lady", "lord", "don", "doña", "dña", "fr",
            "rev", "capt", "sgt", "lt", "col", "herr", "frau", "mme", "mlle", "m");
    private static final String[] NAMING_ENDS = {"is", "llamo", "es", "im", "i'm", "am", "soy", "called", "named"};

    private NameContext() {
    }

    /** {@link #TITLE_BEFORE} at {@code at}, read from the word before instead of by a search. */
    static boolean titleBefore(String text, int at) {
        int i = at;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        if (i > 0 && text.charAt(i - 1) == '.') {
            i--;
        }
        int end = i;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return end > i && end - i <= 5 && at - i <= 40 && TITLES.contains(Lexicons.key(text.substring(i, end)));
    }

    /** {@link #NAMING_BEFORE} before {@code at}; the search runs only when the word before can end such a phrase. */
    static boolean namingBefore(String text, int at) {
        int i = at;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        if (i == at) {
            return false;
        }
        boolean candidate = false;
        for (String end : NAMING_ENDS) {
            candidate |= i >= end.length() && text.regionMatches(true, i - end.length(), end, 0, end.length());
        }
        return candidate && NAMING_BEFORE.matcher(text.substring(Math.max(0, at - 40), at)).find();
    }

    /** {@link #EPONYM_BEFORE} before {@code at}; the search runs only after "de". */
    static boolean eponymBefore(String text, int at) {
        int i = at;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i >= 2 && text.regionMatches(true, i - 2, "de", 0, 2)
                && EPONYM_BEFORE.matcher(text.substring(Math.max(0, at - 30), at)).find();
    }
}
