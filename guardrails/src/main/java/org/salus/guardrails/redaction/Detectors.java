package org.salus.guardrails.redaction;

import java.util.ArrayList;
import java.util.List;

/** The standard detector chain, best-ranked first: where findings overlap, the earlier detector names the type. */
final class Detectors {

    private Detectors() {
    }

    static List<Detector> standard(Lexicons lex, RedactionMode mode) {
        List<Detector> all = new ArrayList<>(IdentifierPatterns.all());
        all.add(PostalCodes.labelled());
        all.add(PostalCodes.afterState());
        all.addAll(OrganizationDetector.all());
        all.add(new AddressDetector(lex));
        all.addAll(DatePatterns.dates(mode));
        all.addAll(DatePatterns.ages(mode));
        all.add(new ShorthandDates());
        all.add(new ContactNumbers());
        all.add(new PhoneDetector());
        all.add(new InstitutionDetector(lex));
        all.add(new NameDetector(lex, mode == RedactionMode.RECALL_FIRST));
        all.add(new UncasedNameDetector(lex));
        all.add(new PlaceDetector(lex));
        all.add(new CodeShapes());
        all.add(PatternDetector.of("LOCATION", "(?<![\\p{L}\\p{N}])(?:(?:Ward|WARD|Unit|UNIT)\\s+\\d{1,2}[A-Z]?"
                + "|\\d{1,2}\\s?(?:North|South|East|West|NORTH|SOUTH|EAST|WEST))(?![\\p{L}\\p{N}])"));
        all.add(PatternDetector.of("ID", "(?=[A-Z\\d])(?<![\\p{L}\\p{N}-])[A-Z]{0,3}\\d[\\d-]{5,}\\d[A-Z]?(?![\\p{L}\\p{N}-])",
                Detectors::longNumber));
        return all;
    }

    private static boolean longNumber(String s) {
        return Checksums.digits(s).length() >= 7 && !s.matches("(?:19|20)\\d\\d-(?:19|20)?\\d\\d");
    }
}
