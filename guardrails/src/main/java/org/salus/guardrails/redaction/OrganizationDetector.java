package org.salus.guardrails.redaction;

import java.util.List;

/** Organisations named with a legal-form or institution word: "Acme Ltd", "Hospital Clínico San Carlos". */
final class OrganizationDetector {

    private static final String CAP = "[\\p{Lu}][\\p{L}\\p{M}&'’.-]*";
    private static final String SUFFIX = "(?:Inc|Incorporated|LLC|L\\.L\\.C|Ltd|Limited|Corp|Corporation|Company|Co"
            + "|GmbH|AG|S\\.?A|S\\.?L|S\\.?L\\.?U|PLC|LLP|LP|Group|Holdings|Associates|Partners|Foundation|Trust"
            + "|Hospital|Clinic|Medical Center|Medical Centre|Health Center|Health Centre|Healthcare|Pharmacy"
            + "|Nursing Home|Care Home|Hospice|Rehabilitation Center|Surgery|Practice"
            + "|University|College|School|Bank|Insurance|Labs?|Laboratories|Orchestra|Band|Choir|Society|Association"
            + "|Institute|Agency|Technologies|Solutions|Systems|Software|Consulting|Industries|Enterprises|Investments"
            + "|Capital|Ventures|Media|Networks|Pharma|Pharmaceuticals|Motors|Airlines|Markets|Movers|Studios|Records"
            + "|Publishing|Foods|Logistics|Energy|Electric|Communications|Telecom)";
    private static final String PREFIX = "(?:Hospital(?: Universitario| General| Cl[ií]nico| Infantil)?|Cl[ií]nica"
            + "|Centro de Salud|Centro M[eé]dico|Universidad(?: de)?|Banco|Farmacia|Fundaci[oó]n|Instituto|Consultorio"
            + "|Ambulatorio|Residencia|University of|Bank of)";

    /** The first word of every {@link #SUFFIX}. */
    private static final WordGate SUFFIX_WORDS = WordGate.of("inc|incorporated|llc|l|ltd|limited|corp|corporation"
            + "|company|co|gmbh|ag|s|sa|sl|slu|plc|llp|lp|group|holdings|associates|partners|foundation|trust|hospital"
            + "|clinic|medical|health|healthcare|pharmacy|nursing|care|hospice|rehabilitation|surgery|practice"
            + "|university|college|school|bank|insurance|labs?|laboratories|orchestra|band|choir|society|association"
            + "|institute|agency|technologies|solutions|systems|software|consulting|industries|enterprises"
            + "|investments|capital|ventures|media|networks|pharma|pharmaceuticals|motors|airlines|markets|movers"
            + "|studios|records|publishing|foods|logistics|energy|electric|communications|telecom", 10, 2, 1, 2);

    private OrganizationDetector() {
    }

    static List<Detector> all() {
        return List.of(
                PatternDetector.of("ORGANIZATION", "(?u)(?<![\\p{L}])(?:" + CAP + "\\s+){1,4}" + SUFFIX
                        + "\\.?(?![\\p{L}])").readingCapitals().gated(SUFFIX_WORDS),
                PatternDetector.of("ORGANIZATION", "(?u)(?<![\\p{L}])" + PREFIX + "(?:\\s+(?:de|del|la|las|los|el|y"
                        + "|of|the)){0,2}(?:\\s+" + CAP + "){1,4}").readingCapitals()
                        .gated(WordGate.of("hospital|cl[ií]nica|centro|universidad|banco|farmacia|fundaci[oó]n"
                                + "|instituto|consultorio|ambulatorio|residencia|university|bank", 0, 0, 9, 2)));
    }
}
