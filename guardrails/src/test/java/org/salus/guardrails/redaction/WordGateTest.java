package org.salus.guardrails.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Running a pattern only around its trigger words finds exactly what scanning the whole text finds. */
class WordGateTest {

    private static final List<Detector> CHAIN = Detectors.standard(Lexicons.load(), RedactionMode.RECALL_FIRST);

    @ParameterizedTest
    @ValueSource(strings = {
            "Medical record number: QX-4471902; account no. 88120394 at Foo-Hospital",
            "Seen on March 3rd, 2019 and again 14th of June; el 2 de febrero de 2020; since Sept 2018",
            "She is now 93. Tengo 91 años. Paciente de 95 años. At age 97 he moved.",
            "Zip code 02139, Springfield, MA 01103. C.P. 28014 Madrid.",
            "Lives at 42 Birchwood Lane, Apt 3, Dover; Calle del Pez 8, 2º; Lindenstraße 14, Köln; PO Box 1182",
            "Acme Holdings' report; Hospital Clínico San Carlos; Ridgefield Primary Care; admitted to Cedars-Sinai",
            "PAGER 4-2210. BLEEP 5512 EXT. 3310 x4-7721 CALL BACK 617-555-0101",
            "visit https://clinic.example.org/a?b=1 or www.example.net/help",
            "DOB 4-12, ON 10-3 SINCE 11-30. SSN: 536-90-4399, social security 536904399",
    })
    void gatedDetectorsFindWhatTheFullScanFinds(String text) {
        CaseView view = CaseView.of(text);
        for (Detector d : CHAIN) {
            List<Span> gated = new ArrayList<>();
            List<Span> full = new ArrayList<>();
            d.detect(view, gated);
            d.detect(d.readsCapitals() ? view.lowered() : text, full);
            if (d instanceof InstitutionDetector || d instanceof PlaceDetector || d instanceof UncasedNameDetector) {
                continue; // these read the case of each line from the view itself
            }
            assertThat(gated).as(d.toString()).containsExactlyInAnyOrderElementsOf(full);
        }
    }
}
