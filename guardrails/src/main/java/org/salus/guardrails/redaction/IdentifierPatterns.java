package org.salus.guardrails.redaction;

import java.util.List;

/** Detectors for identifiers with a fixed shape: e-mail, URL, IP, IBAN, card, SSN, Spanish DNI/NIE, labelled IDs. */
final class IdentifierPatterns {

    private static final String TLD = "com|org|net|edu|gov|mil|int|io|info|biz|co|es|uk|de|fr|it|nl|be|ch|at|se|dk|no|fi"
            + "|pl|cz|pt|ie|mx|ar|cl|pe|ve|uy|py|bo|ec|cr|gt|hn|sv|ni|pa|do|cu|br|us|ca|au|nz|jp|cn|in|ru|eu|ee|cy|hu"
            + "|gr|ro|sk|si|hr|lt|lv|bg|is|lu|mt|tr|il|za|kr|tw|hk|sg|my|ph|id|th|vn|app|dev|health|online|site|me|tv|ly"
            + "|cat|gal|eus|ai|xyz|top|club|shop|store|care|clinic|doctor|hospital|med|salud";

    private static final String ID_LABEL = "(?:mrn|medical record(?: number| no\\.?| #)?|record (?:number|no\\.?|#)"
            + "|hospital (?:number|no\\.?)|patient (?:id|number|no\\.?|#)|chart (?:number|no\\.?|#)"
            + "|account(?: number| no\\.?| #)?|acct\\.?(?: no\\.?| #)?|bank account"
            + "|(?:driver'?s?|driving) licen[cs]e(?: number| no\\.?| #)?|licen[cs]e (?:number|no\\.?|#)|dl (?:number|no\\.?|#)"
            + "|passport(?: number| no\\.?| #)?|member(?:ship)? (?:id|number|no\\.?)|policy (?:number|no\\.?|#)"
            + "|insurance(?: id| number| no\\.?| #)?|(?:plan|health|member|subscriber|group|patient) id|hbn|hicn|mbi"
            + "|ref(?:erence)?\\.? code|case (?:id|code)|id ?#|(?:nhs|medicare|medicaid|health card|health plan) (?:number|no\\.?|id|#)"
            + "|id (?:number|no\\.?|#)|identification (?:number|no\\.?)|case (?:number|no\\.?|#)"
            + "|claim (?:number|no\\.?|#)|reference (?:number|no\\.?|#)|employee (?:id|number|no\\.?)"
            + "|serial (?:number|no\\.?)|vehicle (?:id|identification number)|vin|plate number|licen[cs]e plate"
            + "|historia cl[ií]nica|hist\\.? cl[ií]n\\.?|nhc|n[º°o]\\.? de historia"
            + "|n[uú]mero de (?:historia(?: cl[ií]nica)?|cuenta|afiliaci[oó]n|pasaporte|licencia|p[oó]liza|expediente"
            + "|paciente|identificaci[oó]n|tarjeta sanitaria|colegiado|documento)"
            + "|cuenta(?: bancaria)?|pasaporte|licencia(?: de conducir)?|permiso de conducir|carn[eé] de conducir"
            + "|tarjeta sanitaria|cip|nuss|nss|afiliaci[oó]n|p[oó]liza|expediente|documento de identidad"
            + "|dni|nie|nif|cif|matr[ií]cula|n[º°] de colegiado|colegiado)";

    /** The first word of every label of {@link #ID_LABEL}. */
    private static final WordGate ID_LABEL_WORDS = WordGate.of("mrn|medical|record|hospital|patient|chart|account|acct"
            + "|bank|driver'?s?|driving|licen[cs]e|dl|passport|member(?:ship)?|policy|insurance|plan|health|subscriber"
            + "|group|hbn|hicn|mbi|ref(?:erence)?|case|id|nhs|medicare|medicaid|identification|claim|employee|serial"
            + "|vehicle|vin|plate|historia|hist|nhc|n[º°o]?|n[uú]mero|cuenta|pasaporte|licencia|permiso|carn[eé]"
            + "|tarjeta|cip|nuss|nss|afiliaci[oó]n|p[oó]liza|expediente|documento|dni|nie|nif|cif|matr[ií]cula"
            + "|colegiado", 0, 0, 7, 40);

    private static final String SSN_LABEL = "(?:ssn|social security(?: number| no\\.?| #)?"
            + "|n[uú]mero de (?:la )?seguridad social|seguridad social)";

    private static final String VALUE_LEAD = "[\\s:#.]*(?:(?:is|es|was|era|number|no\\.?|n[º°o]\\.?|n[uú]mero|:|#)\\s*)*";

    private IdentifierPatterns() {
    }

    static List<Detector> all() {
        return List.of(email(), url(), domain(), ipv4(), ipv6(), iban(), card(), ssn(), labelledSsn(),
                spanishId(), labelledId());
    }

    static Detector email() {
        Detector pattern = PatternDetector.of("EMAIL",
                "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
        return (text, out) -> {
            if (text.indexOf('@') >= 0) {
                pattern.detect(text, out);
            }
        };
    }

    static Detector url() {
        return PatternDetector.of("URL", "(?i)\\b(?:https?://|ftp://|www\\.)[^\\s<>\"'`{}|\\\\^\\[\\]]+")
                .gated(WordGate.of("https?|ftp|www", 0, 0, 0, 4096));
    }

    static Detector domain() {
        return PatternDetector.of("URL", "(?iu)(?<![\\p{L}\\p{N}@._-])(?:[\\p{L}\\p{N}][\\p{L}\\p{N}-]*\\.)+(?:" + TLD
                + ")(?![\\p{L}\\p{N}-]|\\.[\\p{L}\\p{N}])(?:/[^\\s<>\"']*)?");
    }

    static Detector ipv4() {
        String octet = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
        return PatternDetector.of("IP", "(?=\\d)(?<![\\d.])" + octet + "(?:\\." + octet + "){3}(?![\\d]|\\.\\d)");
    }

    static Detector ipv6() {
        return PatternDetector.of("IP", "(?=[0-9A-Fa-f:])(?<![\\p{L}\\p{N}:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\\p{L}\\p{N}:])",
                IdentifierPatterns::isIpv6);
    }

    static boolean isIpv6(String s) {
        int doubleColon = s.indexOf("::");
        if (doubleColon >= 0 && s.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        String[] groups = s.split(":", -1);
        int filled = 0;
        for (String g : groups) {
            if (g.length() > 4) {
                return false;
            }
            if (!g.isEmpty()) {
                filled++;
            }
        }
        return doubleColon >= 0 ? filled <= 7 && filled >= 1 && s.length() >= 3 : groups.length == 8 && filled == 8;
    }

    static Detector iban() {
        java.util.regex.Pattern candidate = java.util.regex.Pattern.compile(
                "(?i)(?<![\\p{L}\\p{N}])[A-Z]{2}\\d{2}(?:[ -]?[A-Z0-9]{1,4}){3,9}");
        return (text, out) -> {
            java.util.regex.Matcher m = candidate.matcher(text);
            while (m.find()) {
                int end = m.end();
                while (end > m.start() + 14 && !(Checksums.iban(text.substring(m.start(), end))
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end))))) {
                    end--;
                }
                if (end > m.start() + 14) {
                    out.add(new Span(m.start(), end, "IBAN"));
                }
            }
        };
    }

    static Detector card() {
        return PatternDetector.of("CREDIT_CARD", "(?=\\d)(?<![\\d+-])\\d(?:[ -]?\\d){11,18}(?![\\d-])", Checksums::card);
    }

    static Detector ssn() {
        return PatternDetector.of("SSN", "(?=\\d)(?<![\\d-])\\d{3}-\\d{2}-\\d{4}(?![\\d-])", Checksums::ssn);
    }

    static Detector labelledSsn() {
        return PatternDetector.grouped("SSN", "(?iu)\\b" + SSN_LABEL + VALUE_LEAD
                + "(?<id>\\d[\\d /-]{6,14}\\d)(?!\\d)", s -> Checksums.digits(s).length() >= 9)
                .gated(WordGate.of("ssn|social|n[uú]mero|seguridad", 0, 0, 6, 30));
    }

    static Detector spanishId() {
        return PatternDetector.of("ID",
                "(?i)(?=[\\dXYZxyz])(?<![\\p{L}\\p{N}])(?:\\d{8}|[XYZ][ -]?\\d{7})[ -]?[A-Z](?![\\p{L}\\p{N}])", Checksums::spanishId);
    }

    static Detector labelledId() {
        return PatternDetector.grouped("ID", "(?iu)(?<![\\p{L}])" + ID_LABEL + VALUE_LEAD
                + "(?<id>[A-Z0-9](?:[A-Z0-9./-]*[A-Z0-9])?)", IdentifierPatterns::looksLikeId).gated(ID_LABEL_WORDS);
    }

    private static boolean looksLikeId(String s) {
        return s.length() >= 4 && s.chars().anyMatch(Character::isDigit);
    }
}
