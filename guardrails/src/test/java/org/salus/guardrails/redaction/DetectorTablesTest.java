package org.salus.guardrails.redaction;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Each detector on its own: what it must find (exact text) and look-alikes it must leave alone. */
class DetectorTablesTest {

    private static final Map<String, Supplier<List<Detector>>> DETECTORS = Map.of(
            "email", () -> List.of(IdentifierPatterns.email()),
            "url", () -> List.of(IdentifierPatterns.url(), IdentifierPatterns.domain()),
            "ip", () -> List.of(IdentifierPatterns.ipv4(), IdentifierPatterns.ipv6()),
            "iban", () -> List.of(IdentifierPatterns.iban()),
            "card", () -> List.of(IdentifierPatterns.card()),
            "ssn", () -> List.of(IdentifierPatterns.ssn(), IdentifierPatterns.labelledSsn()),
            "id", () -> List.of(IdentifierPatterns.spanishId(), IdentifierPatterns.labelledId()),
            "phone", () -> List.of(new PhoneDetector()),
            "date", () -> DatePatterns.dates(RedactionMode.RECALL_FIRST),
            "address", () -> List.of(new AddressDetector(Lexicons.load())));

    private static List<String> found(String detector, String text) {
        List<Span> out = new ArrayList<>();
        DETECTORS.get(detector).get().forEach(d -> d.detect(text, out));
        return out.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @ParameterizedTest(name = "{0} finds [{2}] in: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            email   | write to ana.gil+clinic@hospital.example.es today     | ana.gil+clinic@hospital.example.es
            url     | see https://example.org/p?id=77, thanks                | https://example.org/p?id=77
            url     | visit www.salud.example.com/citas.                     | www.salud.example.com/citas
            url     | my blog is janedoe.net                                 | janedoe.net
            ip      | from 203.0.113.45 at night                             | 203.0.113.45
            ip      | client 2001:db8::8a2e:370:7334 connected               | 2001:db8::8a2e:370:7334
            iban    | IBAN DE89 3704 0044 0532 0130 00 please                | DE89 3704 0044 0532 0130 00
            card    | card 4012888888881881 declined                         | 4012888888881881
            card    | amex 3782 822463 10005 on file                         | 3782 822463 10005
            ssn     | ssn 536-90-4399 on file                                | 536-90-4399
            ssn     | social security number: 536904399                      | 536904399
            id      | DNI 12345678-Z en vigor                                | 12345678-Z
            id      | MRN: A7730019 noted                                    | A7730019
            id      | número de historia clínica 00451237                    | 00451237
            phone   | call 555-867-5309 now                                  | 555-867-5309
            phone   | móvil 612 34 56 78                                     | 612 34 56 78
            phone   | tel. +33 1 42 68 53 00                                 | +33 1 42 68 53 00
            phone   | fax: (020) 7946 0018                                   | (020) 7946 0018
            date    | seen 2023-11-02 09:15 in clinic                        | 2023-11-02 09:15
            date    | on 31.12.2022 she fell                                 | 31.12.2022
            date    | el 5 de enero de 2021 ingresó                          | 5 de enero de 2021
            date    | since Feb 2020                                         | Feb 2020
            address | at 1600 Pennsylvania Avenue NW today                   | 1600 Pennsylvania Avenue NW
            address | en C/ Mayor, 7 de Soria                                | C/ Mayor, 7
            address | wohnt Hauptstraße 12, Berlin                           | Hauptstraße 12, Berlin
            address | send to P.O. Box 1022 please                           | P.O. Box 1022
            """)
    void findsExactly(String detector, String text, String expected) {
        assertThat(found(detector, text)).contains(expected);
    }

    @ParameterizedTest(name = "{0} ignores: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            email   | reply @ the desk or user@localhost
            url     | e.g. this, i.e. that, version 2.5.1
            ip      | version 1.2.3 and 300.1.2.3 and time 12:30:45
            iban    | GB82 WEST 1234 5698 7654 33
            card    | 4012888888881882
            card    | order 1234 5678 9012 3456
            ssn     | 000-12-3456 and 666-45-6789
            id      | batch code 12345678A
            id      | ID card renewal
            phone   | between 1990-2005 and 2 000 000 people
            phone   | dose 500 mg twice
            date    | ratio 13/45/2020 and 120/80
            date    | took 2500 mg
            address | take 2 tablets at 8 pm
            """)
    void leavesLookAlikesAlone(String detector, String text) {
        assertThat(found(detector, text)).isEmpty();
    }
}
