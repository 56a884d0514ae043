package org.salus.guardrails.redaction;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hospitals, clinics, care homes and named wards in any case: "MERCY GENERAL HOSP", "ST. MARY'S", "rehab at
 * Hebrew Home", "TO FINARD 4", "HOSPITAL UNIVERSITARIO LA PAZ", "C.S. LAS FUENTES". The words that name the
 * place must be able to be a name: generic words ("the outside hospital", "went home") name nothing.
 */
final class InstitutionDetector implements Detector {

    private static final String WORD = "[\\p{L}][\\p{L}'’.-]*";
    /**
     * Services that end a practice's name ("Harborview Primary Care", "RIVERBEND PEDIATRICS", "OAK KNOLL SNF"): strong
     * suffixes when written with capitals in cased text, weak ones (the name must be no dictionary word) elsewhere.
     */
    private static final String SERVICES = "primary care|family health|family medicine|family practice|internal medicine"
            + "|community health|pediatrics|geriatrics|orthopedics|orthopaedics|rheumatology|dental care|urgent care"
            + "|home care|cancer center|cancer centre|lung center|kidney center|dialysis unit|dialysis center|dialysis"
            + "|counseling center|counselling centre|adult day center|screening centre|screening center"
            + "|assisted living|snf|ltac|ltach|lodge|opticians";
    private static final Set<String> SERVICE_SUFFIX = Set.of(SERVICES.split("\\|"));
    private static final Pattern SUFFIXED = Pattern.compile("(?iu)(?<![\\p{L}])((?:" + WORD + "\\s+){1,3}?)"
            + "(hospital|hosp|medical center|medical centre|med ctr|med center|medical ctr|health center|health centre"
            + "|clinic|rehab|rehabilitation center|rehabilitation hospital|nursing home|nursing facility|nursing center"
            + "|" + SERVICES
            + "|nursing and rehab|hospice|infirmary|memorial|general|medical|healthcare|health care|care center"
            + "|manor|home|house|pavilion|pharmacy|cvs|walgreens)(?![\\p{L}])");
    private static final Pattern SAINT = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:st|saint|santa|san)\\.?\\s+" + WORD
            + "(?:['’]s)?(?:\\s+(?:hospital|hosp|medical center|med ctr|hospice|home|rehab|clinic))?(?![\\p{L}])");
    private static final Pattern PREFIXED = Pattern.compile("(?iu)(?<![\\p{L}])(?:hospital|hosp\\.|h\\.|cl[ií]nica"
            + "|centro de salud|c\\.\\s?s\\.|cs|centro m[eé]dico|residencia|ambulatorio|consultorio|complejo hospitalario"
            + "|policl[ií]nica|sanatorio)(?:\\s+(?:universitario|general|cl[ií]nico|infantil|comarcal|provincial"
            + "|regional|materno-infantil|del|de|la|las|los|el|san|santa|virgen|nuestra|señora)){0,4}"
            + "((?:\\s+" + WORD + "){1,3})");
    private static final Pattern UNIT = Pattern.compile("(?iu)(?<![\\p{L}])(?:to|from|on|at|in|a|en|desde|called"
            + "|transferred to|transfer to)\\s+(" + WORD + ")\\s+(\\d{1,2})(?![\\d.:/])");
    private static final Set<String> STRONG_SUFFIX = Set.of("hospital", "hosp", "medical center", "medical centre",
            "med ctr", "med center", "medical ctr", "health center", "health centre", "clinic", "rehab",
            "rehabilitation center", "rehabilitation hospital", "nursing home", "nursing facility", "nursing center",
            "nursing and rehab", "hospice", "infirmary", "memorial", "care center", "pharmacy");
    private static final Set<String> GENERIC = Set.copyOf(java.util.List.of("the", "this", "that", "outside", "other", "local", "another",
            "a", "an", "same", "our", "your", "his", "her", "their", "osh", "area", "nearest", "nearby", "previous",
            "referring", "any", "psych", "psychiatric", "acute", "state", "county", "community", "city", "general",
            "medical", "private", "public", "teaching", "university", "children's", "va", "mental", "day", "to", "from",
            "at", "in", "of", "and", "or", "for", "with", "by", "el", "la", "los", "las", "un", "una", "del", "de",
            "en", "al", "y", "go", "went", "going", "sent", "back", "return", "returned", "discharge", "discharged",
            "d/c", "dc", "home", "house", "nursing", "rehab", "her", "him", "them", "pt", "patient", "family", "own",
            "group", "foster", "funeral", "care", "health", "clinic", "hospital", "senior", "assisted", "living",
            "surgical", "dental", "eye", "vet", "walk-in", "urgent", "primary", "specialty", "cardiology", "pain",
            "wound", "dialysis", "infusion", "oncology", "cancer", "women's", "new", "old", "main", "big", "small",
            "physical", "occupational", "speech", "respiratory", "per", "see", "consult", "outpatient", "inpatient",
            "inpt", "pediatric", "adult", "follow", "up", "w", "pt's", "your", "my", "our", "its", "via"));

    /** "seen at UCSF", "admitted to Cedars-Sinai", "treated at Kaiser Permanente": a care verb, then capitalised words. */
    private static final Pattern CARE_SITE = Pattern.compile("(?u)(?<![\\p{L}])(?:seen|admitted|treated|diagnosed"
            + "|followed|evaluated|hospitali[sz]ed|transferred|discharged|referred|reviewed|assessed|managed|visited"
            + "|consulted|presented|checked in|operated on|attended|delivered|born|works|worked)"
            + "(?:\\s+(?:up|on|again|previously|recently|last \\w+))?\\s+(?:at|to|in|from)\\s+(?:the\\s+)?"
            + "((?:[A-Z][\\p{L}'’.-]*|&)(?:\\s+(?:[A-Z][\\p{L}'’.-]*|&|of|de|la|del)){0,5})");
    private static final Set<String> NOT_SITES = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.", "i", "icu", "er", "ed",
            "or", "pacu", "micu", "sicu", "nicu", "ccu", "picu", "a&e", "hospital", "clinic", "emergency", "urgent");

    private static final WordGate SUFFIX_WORDS = WordGate.of("hospital|hosp|medical|med|health|clinic|rehab"
            + "|rehabilitation|nursing|hospice|infirmary|memorial|general|healthcare|care|manor|home|house|pavilion"
            + "|pharmacy|cvs|walgreens|primary|family|internal|community|pediatrics|geriatrics|orthopedics|orthopaedics"
            + "|rheumatology|dental|urgent|cancer|lung|kidney|dialysis|counseling|counselling|adult|screening|assisted"
            + "|snf|ltac|ltach|lodge|opticians", 8, 0, 2, 1);
    private static final WordGate SAINT_WORDS = WordGate.of("st|saint|santa|san", 0, 0, 5, 2);
    private static final WordGate PREFIX_WORDS = WordGate.of("hospital|hosp|h|cl[ií]nica|centro|c|cs|residencia"
            + "|ambulatorio|consultorio|complejo|policl[ií]nica|sanatorio", 0, 0, 11, 2);
    private static final WordGate CARE_WORDS = WordGate.of("seen|admitted|treated|diagnosed|followed|evaluated"
            + "|hospitali[sz]ed|transferred|discharged|referred|reviewed|assessed|managed|visited|consulted|presented"
            + "|checked|operated|attended|delivered|born|works|worked", 0, 0, 13, 2);
    private static final WordGate UNIT_WORDS = WordGate.of("to|from|on|at|in|a|en|desde|called|transferred|transfer",
            0, 0, 2, 5);

    private final Lexicons lex;

    InstitutionDetector(Lexicons lex) {
        this.lex = lex;
    }

    @Override
    public void detect(String text, List<Span> out) {
        detect(CaseView.of(text), out);
    }

    @Override
    public void detect(CaseView view, List<Span> out) {
        String text = view.text();
        List<Words.Word> words = view.words();
        SUFFIX_WORDS.find(SUFFIXED, text, words, m -> {
            String suffix = m.group(2).toLowerCase(Locale.ROOT);
            boolean strong = STRONG_SUFFIX.contains(suffix) || SERVICE_SUFFIX.contains(suffix)
                    && !view.uncasedAt(m.start(2)) && Character.isUpperCase(m.group(2).charAt(0));
            int start = properStart(text, m.start(1), m.end(1), strong);
            if (start >= 0) {
                out.add(new Span(start, m.end(), "LOCATION"));
            }
        });
        SAINT_WORDS.find(SAINT, text, words, s -> out.add(new Span(s.start(), s.end(), "LOCATION")));
        PREFIX_WORDS.find(PREFIXED, text, words, p -> {
            if (properStart(text, p.start(1), p.end(1), true) >= 0) {
                out.add(new Span(p.start(), trimGeneric(text, p.start(1), p.end(1)), "LOCATION"));
            }
        });
        CARE_WORDS.find(CARE_SITE, text, words, c -> {
            int end = careSiteEnd(text, c.start(1), c.end(1));
            if (end > c.start(1)) {
                out.add(new Span(c.start(1), end, "LOCATION"));
            }
        });
        UNIT_WORDS.find(UNIT, text, words, u -> {
            String word = u.group(1);
            if (word.length() >= 4 && !lex.common(word) && !lex.clinical(word) && !lex.places().contains(Lexicons.key(word))
                    && !GENERIC.contains(word.toLowerCase(Locale.ROOT))) {
                out.add(new Span(u.start(1), u.end(2), "LOCATION"));
            }
        });
    }

    /**
     * Where the naming words before a suffix start, or -1: the words closest to the suffix that can name a place.
     * A weak suffix ("home", "general") needs words no dictionary knows; a strong one accepts dictionary words.
     */
    private int properStart(String text, int from, int to, boolean strongSuffix) {
        String[] words = text.substring(from, to).trim().split("\\s+");
        int start = -1;
        int at = to;
        for (int i = words.length - 1; i >= 0; i--) {
            String w = words[i];
            String key = w.toLowerCase(Locale.ROOT).replaceAll("[.,]+$", "");
            at = text.lastIndexOf(w, at - 1);
            boolean generic = GENERIC.contains(key) || lex.clinical(key) || key.length() < 2;
            boolean proper = !generic && (strongSuffix || !lex.common(key.replaceAll("['’]s$", ""))
                    || lex.isKnownName(key));
            if (!proper) {
                break;
            }
            start = at;
        }
        return start;
    }

    /** The end of a care site's name, or {@code from} when its first word is a month, a title or a ward. */
    private int careSiteEnd(String text, int from, int to) {
        String[] words = text.substring(from, to).split("\\s+");
        String first = words[0].toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
        if (NOT_SITES.contains(first) || lex.clinical(first) && !lex.isKnownName(first) || GENERIC.contains(first)) {
            return from;
        }
        int end = to;
        while (end > from && "&ofdelade".contains(text.substring(text.lastIndexOf(' ', end - 1) + 1, end))
                && text.lastIndexOf(' ', end - 1) > from) {
            end = text.lastIndexOf(' ', end - 1);
        }
        String last = text.substring(from, end);
        return last.endsWith(".") && !last.matches(".*\\b[A-Z]\\.$") ? end - 1 : end;
    }

    private int trimGeneric(String text, int from, int to) {
        String[] words = text.substring(from, to).trim().split("\\s+");
        int end = from;
        int at = from;
        for (String w : words) {
            at = text.indexOf(w, at);
            String key = w.toLowerCase(Locale.ROOT);
            if (GENERIC.contains(key) && !key.equals("de") && !key.equals("del") || lex.clinical(key)) {
                break;
            }
            end = at + w.length();
            at = end;
        }
        return end;
    }
}
