package org.salus.guardrails.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Round 3: what clinical shorthand looks like to the redactor, both the identifiers in it and the look-alikes that are not. */
class ClinicalShorthandTest {

    private static final Redactor REDACTOR = Redactor.standard();

    private static List<String> found(String text) {
        Redaction r = REDACTOR.redact(text);
        return r.spans().stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @ParameterizedTest(name = "finds [{1}] in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Referral code QRT-84410 attached to the letter.          | QRT-84410
            Pump serial WXK559102T checked, no alarms.               | WXK559102T
            ORGAN BANK REF ZZQ-19-55031 NOTIFIED.                    | ZZQ-19-55031
            PT IS 96 YO F FROM HOME.                                 | 96
            Seen again on the 21st with worse cough.                 | 21st
            Admitted 14-Oct-2025 with cellulitis.                    | 14-Oct-2025
            Transferred to Ward 12C overnight.                       | Ward 12C
            TRANSFER TO 6 NORTH WHEN BED READY.                      | 6 NORTH
            """)
    void findsIdentifiersInShorthand(String text, String value) {
        assertThat(found(text)).anySatisfy(f -> assertThat(f).contains(value));
    }

    @ParameterizedTest(name = "names kept apart from credentials: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Signed: Tamsin Okonkwo-Reyes, MD                             | Signed: [PERSON], MD
            Reviewed with Ilse Varga, LICSW, and Paolo Brandt, PA-C      | Reviewed with [PERSON], LICSW, and [PERSON], PA-C
            """)
    void credentialsAreNotNames(String text, String redacted) {
        assertThat(REDACTOR.scrub(text)).isEqualTo(redacted);
    }

    @ParameterizedTest(name = "no street in: {0}")
    @ValueSource(strings = {"AT 0420 PT DESATTED TO 86% ON 4L, HR 110 ST. BP 92/50.", "Woke at 6:40 AM. NIHSS 12 on arrival."})
    void clinicalShorthandIsNotAStreet(String text) {
        assertThat(REDACTOR.redact(text).spans()).noneMatch(s -> s.type().equals("ADDRESS"));
    }

    @ParameterizedTest(name = "no finding at all in: {0}")
    @ValueSource(strings = {
            "0700-1900: PT RESTING, NO EVENTS.",
            "ON BIPAP 14/6 OVERNIGHT, CPAP 5/5 IN AM.",
            "APGARS 8/9. CULTURES 2/2 BOTTLES POSITIVE. ZOSYN DAY 4/7.",
            "NA 138 K 4.1 CL 101 CO2 24 BUN 19 CR 0.9",
            "AC 500X14, HEPARIN 12500U SQ, FHR 130-150S, G2P1001",
            })
    void findsNothingInFiguresAndSettings(String text) {
        assertThat(found(text)).as(text).isEmpty();
    }

    @ParameterizedTest(name = "street line: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            PSC 0413, Box 8144 APO AA 42323 | true
            Via Roma 12                     | true
            0315 PT DESATTED TO 84          | false
            27 BUN 22                       | false
            40 AM. NIHSS 14                 | false
            """)
    void numberLedStreetLinesAreToldFromShorthand(String match, boolean street) {
        assertThat(new AddressDetector(Lexicons.load()).streetNameShaped(match)).isEqualTo(street);
    }
}
