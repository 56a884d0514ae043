package org.salus.guardrails.redaction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Street addresses in English, Spanish and other European styles; a match is extended over the unit, city,
 * state and postal code that follow it on the next lines or after commas.
 */
final class AddressDetector implements Detector {

    private static final String CAP = "[\\p{Lu}\\d][\\p{L}\\p{M}'’.-]*";
    private static final String PARTICLE = "(?:de|del|la|las|los|el|y|di|da|do|dos|das|du|des|le|les|della|dei|degli|van"
            + "|von|der|den|of|the|al|d')";
    private static final String TYPE_AFTER = "(?:Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct"
            + "|Way|Place|Pl|Terrace|Ter|Circle|Cir|Highway|Hwy|Parkway|Pkwy|Square|Sq|Trail|Trl|Crescent|Cres|Close"
            + "|Grove|Gardens|Row|Mews|Alley|Loop|Path|Pike|Plaza|Ridge|Run|Walk|Heights|Hill|Park|Green|Rise|Vale"
            + "|Wharf|Crossing|Expressway|Freeway|Junction|Landing|Manor|Turnpike|Valley|Bridge|Brook|Bypass|Causeway"
            + "|Center|Centre|Corner|Course|Cove|Creek|Crest|Estates?|Ferry|Fields?|Ford|Gateway|Harbou?r|Haven"
            + "|Hollow|Isle|Knoll|Lakes?|Meadows?|Mill|Mount|Orchard|Pass|Pines?|Point|Port|Shores?|Springs?"
            + "|Stravenue|Summit|Trace|Track|Tunnel|Union|Views?|Villages?|Ville|Vista|Wells?|Route|Rte)";
    private static final String STREET_WORD = "(?:Street|Avenue|Road|Boulevard|Lane|Drive|Court|Terrace|Circle|Highway"
            + "|Parkway|Square|Trail|Crescent|Close|Grove|Gardens|Mews|Alley|Bypass|Flats?|Greens?|Prairie|Mall|Lodge"
            + "|Points?|Stravenue|Expressway|Freeway|Turnpike|Causeway|Underpass|Overpass|Walkway)";
    private static final String TYPE_BEFORE = "(?:Calle|C/|Avenida|Avda\\.?|Av\\.|Paseo|Pº|Plaza|Pza\\.?|Camino|Carretera"
            + "|Ctra\\.?|Ronda|Traves[ií]a|Glorieta|Carrera|Cra\\.?|Callej[oó]n|Pasaje|Urbanizaci[oó]n|Urb\\.|Rambla"
            + "|V[ií]a|Viale|Piazza|Corso|Largo|Rua|Travessa|Rue|Boulevard|Bd|Chemin|Impasse|All[ée]e|Quai|Place"
            + "|ul\\.|ulica|al\\.|Aleja|Strada|Calea|Odos|Οδός|Avenue|Street)";
    private static final String FUSED = "(?:straße|strasse|str\\.|weg|gasse|platz|allee|damm|ufer|laan|straat|gracht"
            + "|plein|kade|singel|dreef|gatan|vägen|väg|gata|gränd|gade|vej|stræde|veien|vegen|gaten|veg|katu|kuja|tie"
            + "|polku|kaari|rinne|utca|ulice|náměstí|cesta|iela|gatvė|tänav)";
    private static final String MONTH = "(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)\\p{L}*\\.?\\s";
    private static final String NUMBER = "\\d{1,5}[A-Za-z]?(?:[-/]\\d{1,4})?";
    private static final String LEAD = "(?:\\d{1,6}\\s+)?";

    private static final List<Pattern> CORE = List.of(
            Pattern.compile("(?<![\\p{L}\\p{N}])(?:[\\p{Lu}][\\p{L}\\p{M}'’-]+\\s+){1,3}" + STREET_WORD + "(?![\\p{L}])"),
            Pattern.compile("(?<![\\p{L}\\p{N}])\\d{1,6}[A-Za-z]?(?:-\\d+)?\\s+(?:[NSEW]\\.?\\s+)?(?:" + CAP
                    + "\\s+){0,4}" + TYPE_AFTER + "\\.?(?![\\p{L}])"),
            Pattern.compile("(?<![\\p{L}\\p{N}])" + LEAD + TYPE_BEFORE + "\\s+(?:" + PARTICLE + "\\s+)*(?:" + CAP
                    + "(?:\\s+(?:" + PARTICLE + "\\s+)*" + CAP + "){0,5})(?:,?\\s*(?:n[º°o]\\.?\\s*|nr\\.?\\s*|num\\.?\\s*)?"
                    + NUMBER + ")?"),
            Pattern.compile("(?<![\\p{L}\\p{N}])" + LEAD + "(?:[\\p{Lu}][\\p{L}\\p{M}-]*\\s+)?[\\p{Lu}][\\p{L}\\p{M}-]{2,}"
                    + FUSED + ",?\\s+" + NUMBER + "(?![\\p{L}\\p{N}])"),
            Pattern.compile("(?<![\\p{L}\\p{N}])\\d{2,6}\\s+(?!" + MONTH + ")[\\p{Lu}][\\p{L}\\p{M}'’.-]+(?:\\s+(?:" + PARTICLE + "|" + CAP
                    + ")){0,3}\\s+" + NUMBER + "(?![\\p{L}\\p{N}]|\\s?(?:mg|mcg|ml|mL|g|kg|cc|IU|UI|units?|unidades"
                    + "|tablets?|pills?|comprimidos|pastillas|capsules?|c[aá]psulas|times|veces|vez|years?|a[nñ]os|cada|every"
                    + "|each|per|por|al|a|daily|diarios?|x|%)\\b)"),
            Pattern.compile("(?iu)\\b(?:P\\.?\\s?O\\.?\\s?Box|Post Office Box|Apartado(?: de correos)?|Apdo\\.?)\\s*\\d{1,7}"));

    private static final String UNIT = "(?:(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Room|Rm|Bldg|Building|Piso|Puerta"
            + "|Pta|Planta|Bajo|Escalera|Esc|Portal|Bloque|Dpto|Depto|Departamento|#)\\.?\\s*[\\p{L}\\p{N}ºª°-]{1,6}"
            + "|\\d{1,2}\\s?[º°ª](?:\\s?[A-Z](?![\\p{L}]))?)";
    private static final String POSTAL = "(?:\\d{4,5}(?:-\\d{3,4})?|\\d{3}\\s\\d{2}|\\d{2}-\\d{3}|\\d{4}\\s?[A-Z]{2}"
            + "|[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d|[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2})";
    private static final String CITY = "[\\p{Lu}][\\p{L}\\p{M}'’.-]+(?:[ -][\\p{Lu}][\\p{L}\\p{M}'’.-]+){0,2}";
    private static final Pattern UNIT_AFTER = Pattern.compile("[ \\t]*,?[ \\t]*" + UNIT);
    private static final Pattern SEGMENT = Pattern.compile("(?:[ \\t]*[,\\n][ \\t>]*|[ \\t]+)(?:" + POSTAL + "(?:[ \\t]+"
            + CITY + ")?|" + CITY + "(?:[ \\t]*,?[ \\t]*(?:[A-Z]{2}[ \\t]+)?" + POSTAL + ")?|[A-Z]{2}(?:[ \\t]+" + POSTAL
            + ")?)(?![\\p{L}\\p{N}])");
    private static final Pattern UNIT_BEFORE = Pattern.compile(UNIT + "[ \\t]*,?[ \\t]*$");

    /** For each pattern of {@link #CORE}, the words one of which each of its matches holds; null: none. */
    private static final List<WordGate> GATES = java.util.Arrays.asList(
            WordGate.of(STREET_WORD, 8, 0, 0, 1),
            WordGate.of(TYPE_AFTER, 10, 12, 0, 2),
            WordGate.of(TYPE_BEFORE, 0, 8, 16, 16),
            WordGate.of("[\\p{L}\\p{M}-]*" + FUSED, 1, 8, 0, 16),
            null,
            WordGate.of("p|po|post|apartado|apdo", 0, 0, 4, 10));

    /** Index in {@link #CORE} of the pattern a number, capitalised words and a number ("Via Roma 12"). */
    private static final int NUMBER_LED = 4;
    private static final Pattern SENTENCE_BREAK = Pattern.compile("\\p{L}{2,}\\.\\s+\\p{Lu}{2,}\\b");
    private static final java.util.Set<String> JOINING = java.util.Set.of("to", "at", "on", "off", "and", "of", "in",
            "with", "per", "for", "after", "before", "from", "then", "no", "is", "was", "x", "given", "goal");

    private final Lexicons lex;

    AddressDetector(Lexicons lex) {
        this.lex = lex;
    }

    @Override
    public void detect(String text, List<Span> out) {
        detect(text, Words.of(text), out);
    }

    @Override
    public void detect(CaseView view, List<Span> out) {
        detect(view.text(), view.words(), out);
    }

    private void detect(String text, List<Words.Word> words, List<Span> out) {
        for (int i = 0; i < CORE.size(); i++) {
            boolean numberLed = i == NUMBER_LED;
            java.util.function.Consumer<Matcher> add = m -> {
                if (numberLed && !streetNameShaped(m.group())) {
                    return;
                }
                int start = extendBack(text, m.start());
                int end = extend(text, m.end());
                out.add(new Span(start, trimEnd(text, start, end), "ADDRESS"));
            };
            if (GATES.get(i) != null) {
                GATES.get(i).find(CORE.get(i), text, words, add);
            } else {
                Matcher m = CORE.get(i).matcher(text);
                while (m.find()) {
                    add.accept(m);
                }
            }
        }
    }

    /**
     * "Via Roma 12", "PSC 0413, Box 8144 APO AA 42323": the words between the numbers of the number-led pattern read as a
     * street or postal line, not as clinical shorthand ("0315 PT DESATTED TO 84", "27 BUN 22", "40 AM. NIHSS 14"): no
     * sentence break before a word in capitals and, when written in capitals, no clinical word of three letters or more
     * and no joining word of a sentence.
     */
    boolean streetNameShaped(String match) {
        if (SENTENCE_BREAK.matcher(match).find()) {
            return false;
        }
        if (!match.equals(match.toUpperCase(java.util.Locale.ROOT))) {
            return true;
        }
        for (String w : match.split("[\\s,]+")) {
            String key = Lexicons.key(w);
            if (w.length() >= 3 && !Character.isDigit(w.charAt(0)) && lex.clinical(w) || JOINING.contains(key)) {
                return false;
            }
        }
        return true;
    }

    private static int extend(String text, int end) {
        Matcher unit = UNIT_AFTER.matcher(text);
        while (unit.region(end, text.length()).lookingAt()) {
            end = unit.end();
        }
        Matcher seg = SEGMENT.matcher(text);
        for (int i = 0; i < 4 && seg.region(end, text.length()).lookingAt(); i++) {
            boolean commaOrLine = seg.group().indexOf(',') >= 0 || seg.group().indexOf('\n') >= 0;
            String part = seg.group().strip();
            if (!commaOrLine && !Character.isDigit(part.charAt(0)) && !part.matches("[A-Z]{2}\\b.*")) {
                break;
            }
            end = seg.end();
        }
        return end;
    }

    private static int extendBack(String text, int start) {
        Matcher m = UNIT_BEFORE.matcher(text);
        m.region(Math.max(0, start - 24), start);
        return m.find() ? m.start() : start;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && (".,;: \t\n".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end;
    }
}
