package org.salus.guardrails.redaction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RedactorTest {

    private static final Redactor REDACTOR = Redactor.standard();

    /** Clinical-note style sentences (English and Spanish) with one seeded identifier each: text | value | type. */
    @ParameterizedTest(name = "{2}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Pt seen today, MRN 84512397, c/o chest tightness.                     | 84512397                  | ID
            Patient Margaret Okafor, 72, presents with dyspnoea.                  | Margaret Okafor           | PERSON
            Seen by Dr. Haverbrook in clinic for follow-up.                       | Haverbrook                | PERSON
            My name is Tomasz Wieczorek and I have a rash.                         | Tomasz Wieczorek          | PERSON
            Daughter Lucía can be reached at lucia.ferrer@example.org anytime.    | lucia.ferrer@example.org  | EMAIL
            Call the family on (415) 555-0132 after 5 pm.                          | (415) 555-0132            | PHONE
            Fax results to +44 20 7946 0958 please.                                | +44 20 7946 0958          | PHONE
            DOB 03/14/1951, admitted 2024-02-03 for pneumonia.                     | 03/14/1951                | DATE
            Admitted on March 3, 2024 with sepsis.                                 | March 3, 2024             | DATE
            A 93-year-old woman with hip fracture.                                 | 93                        | AGE
            Lives alone at 742 Evergreen Terrace, Springfield.                     | 742 Evergreen Terrace     | ADDRESS
            Portal login from 192.168.14.201 flagged.                              | 192.168.14.201            | IP
            Results at https://portal.example.com/patient?id=99812 today.          | https://portal.example.com/patient?id=99812 | URL
            Card on file 4111 1111 1111 1111 expired.                              | 4111 1111 1111 1111       | CREDIT_CARD
            Refund to IBAN ES91 2100 0418 4502 0005 1332 please.                   | ES91 2100 0418 4502 0005 1332 | IBAN
            SSN 123-45-6789 on the insurance form.                                 | 123-45-6789               | SSN
            Driver's license number D4412-88213 was scanned.                       | D4412-88213               | ID
            Moved from Guadalajara last year.                                      | Guadalajara               | LOCATION
            Paciente de 94 años con insuficiencia cardiaca.                        | 94                        | AGE
            Me llamo Ainhoa Etxeberria y tengo fiebre.                             | Ainhoa Etxeberria         | PERSON
            La Sra. Quiroga acude a consulta por disnea.                           | Quiroga                   | PERSON
            DNI 12345678Z, historia clínica 55-20391.                              | 12345678Z                 | ID
            NIE X1234567L del paciente.                                            | X1234567L                 | ID
            Historia clínica: HC-2023-77812 revisada.                              | HC-2023-77812             | ID
            Teléfono de contacto 612 345 678 por la tarde.                         | 612 345 678               | PHONE
            Ingresó el 12 de marzo de 2023 por neumonía.                           | 12 de marzo de 2023       | DATE
            Vive en Calle de Alcalá 123, Madrid.                                   | Calle de Alcalá 123       | ADDRESS
            Código postal 28014 en el formulario.                                  | 28014                     | ZIP
            Vivo en Zaragoza desde hace años.                                      | Zaragoza                  | LOCATION
            Escribió desde maria.lopez@correo.es ayer.                             | maria.lopez@correo.es     | EMAIL
            SOCIAL: PT LIVES IN WESTBROOKFIELD W/ SISTER. SON VISITING.            | WESTBROOKFIELD            | LOCATION
            PT WANTS TO GO HOME TO MARLBOROUGH ONCE STABLE. NO DISTRESS.           | MARLBOROUGH               | LOCATION
            DAUGHTER DRIVING DOWN FROM NORTH HAVERTON TONIGHT. SATS 95% ON RA.     | HAVERTON                  | LOCATION
            Follow-up at Quarrybrook Family Medicine in two weeks.                 | Quarrybrook               | LOCATION
            REFERRAL FAXED TO ELMSWORTH SNF, AWAITING BED. HR 80S SR.              | ELMSWORTH SNF             | LOCATION
            RESP FELLOW DR PRZYBYLSKI PAGER 5-3380. ABG PENDING.                   | 5-3380                    | PHONE
            PT REQUESTED CLERGY, PASTOR WHITFORD CALLED AND WILL VISIT.            | WHITFORD                  | PERSON
            """)
    void redactsSeededIdentifier(String text, String value, String type) {
        Redaction r = REDACTOR.redact(text);
        assertThat(r.redacted()).doesNotContain(value);
        int at = text.indexOf(value);
        assertThat(r.spans()).anySatisfy(s -> {
            assertThat(s.start()).isLessThanOrEqualTo(at);
            assertThat(s.end()).isGreaterThanOrEqualTo(at + value.length());
            assertThat(s.type()).isEqualTo(type);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Parkinson's disease and Alzheimer's disease are neurodegenerative.",
            "Down syndrome is caused by an extra chromosome 21.",
            "La enfermedad de Crohn afecta al intestino.",
            "El síndrome de Down se diagnostica antes del nacimiento.",
            "Take 2 tablets of 500 mg every 8 hours for 5 days.",
            "Blood pressure 120/80, pulse 72, temperature 37.5.",
            "Aspirin and ibuprofen can both upset the stomach.",
            "What are the symptoms of diabetes?",
            "¿Cuáles son los síntomas de la gripe?",
            "Drink 1500 ml of water a day.",
            "Hodgkin lymphoma responds well to treatment.",
            "Tome 1 comprimido cada 12 horas durante 7 días.",
            "I have had a headache for 3 days and it gets worse at night.",
            "Tome 2 Ibuprofeno 400 cada 8 horas si tiene dolor.",
            "Referred to Cardiology for an echocardiogram.",
            "During 2 weeks the rash spread to both arms.",
            "My son has Kawasaki disease and my mother has Sjögren syndrome.",
            "Is Tylenol safe to take with Advil?",
    })
    void leavesHealthQuestionsAlone(String text) {
        Redaction r = REDACTOR.redact(text);
        assertThat(r.spans()).isEmpty();
        assertThat(r.redacted()).isEqualTo(text);
    }

    @Test
    void offsetsPointIntoTheOriginalAndPlaceholdersAreTyped() {
        String text = "Contact Dr. Reyes at reyes@clinic.org or 555-201-3344.";
        Redaction r = REDACTOR.redact(text);
        assertThat(r.spans()).extracting(s -> text.substring(s.start(), s.end()))
                .contains("reyes@clinic.org", "555-201-3344");
        assertThat(r.redacted()).contains("[EMAIL]", "[PHONE]", "[PERSON]").doesNotContain("Reyes");
        assertThat(r.original()).isEqualTo(text);
    }

    @Test
    void spansAreSortedAndDisjoint() {
        Redaction r = REDACTOR.redact("Mr. John Smith, 42 Main Street, Boston, MA 02118, phone 617-555-0100, SSN 078-05-1120.");
        for (int i = 1; i < r.spans().size(); i++) {
            assertThat(r.spans().get(i).start()).isGreaterThanOrEqualTo(r.spans().get(i - 1).end());
        }
        assertThat(r.redacted()).doesNotContain("Smith", "Main Street", "02118", "617-555-0100", "078-05-1120");
    }

    @Test
    void nullAndEmptyGiveEmptyRedaction() {
        assertThat(REDACTOR.redact(null).redacted()).isEmpty();
        assertThat(REDACTOR.redact("").spans()).isEmpty();
    }

    @Test
    void neverThrowsOnOddInput() {
        String huge = "9".repeat(200_000) + " " + "A".repeat(50_000) + "\u0000\uD800 @@@ ::::::: .....";
        assertThat(REDACTOR.redact(huge).redacted()).isNotNull();
    }

    @Test
    void withholdsEverythingWhenADetectorFails() {
        Redactor failing = new Redactor(java.util.List.of((text, out) -> {
            throw new IllegalStateException("boom");
        }));
        Redaction r = failing.redact("Jane Roe 555-0100");
        assertThat(r.redacted()).isEqualTo("[REDACTED]");
    }
}
