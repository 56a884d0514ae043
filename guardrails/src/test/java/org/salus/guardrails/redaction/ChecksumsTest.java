package org.salus.guardrails.redaction;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ChecksumsTest {

    @ParameterizedTest
    @CsvSource({"4111111111111111,true", "4111111111111112,false", "378282246310005,true", "6011111111111117,true",
            "5555555555554444,true", "1234567812345678,false"})
    void luhnTellsCardNumbersFromLookAlikes(String number, boolean valid) {
        assertThat(Checksums.luhn(number)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"GB82 WEST 1234 5698 7654 32,true", "GB82 WEST 1234 5698 7654 33,false",
            "ES9121000418450200051332,true", "DE89370400440532013000,true", "es9121000418450200051332,true",
            "ES9121000418450200051333,false", "FR14 2004 1010 0505 0001 3M02 606,true"})
    void ibanMod97(String iban, boolean valid) {
        assertThat(Checksums.iban(iban)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"12345678Z,true", "12345678A,false", "X1234567L,true", "Y1234567X,true", "Z1234567R,true",
            "X1234567A,false", "00000000T,true"})
    void spanishDniAndNieCheckLetter(String id, boolean valid) {
        assertThat(Checksums.spanishId(id)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"123-45-6789,true", "000-12-3456,false", "666-12-3456,false", "912-12-3456,false",
            "123-00-4567,false", "123-45-0000,false"})
    void ssnStructure(String ssn, boolean valid) {
        assertThat(Checksums.ssn(ssn)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"4111 1111 1111 1111,true", "4111-1111-1111-1111,true", "3782 822463 10005,true",
            "41 1111 1111 111111,false"})
    void cardGroupingMustLookPrinted(String card, boolean valid) {
        assertThat(Checksums.card(card)).isEqualTo(valid);
    }
}
