package org.salus.guardrails.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.salus.guardrails.text.VitalSigns.Sign;

class VitalSignsTest {

    private static final NegationRules NO_NEGATION = new NegationRules(Set.of(), Set.of(), 0);

    private static VitalSigns read(String text) {
        return VitalSigns.read(NormalizedText.of(text, NO_NEGATION));
    }

    @Test
    void readsClinicalShorthand() {
        VitalSigns v = read("67M, COPD. HR 124, RR 28, SpO2 86% on RA, BP 85/50, T 38.9");
        assertThat(v.get(Sign.AGE)).contains(67.0);
        assertThat(v.get(Sign.HEART_RATE)).contains(124.0);
        assertThat(v.get(Sign.RESPIRATORY_RATE)).contains(28.0);
        assertThat(v.get(Sign.SPO2)).contains(86.0);
        assertThat(v.get(Sign.SYSTOLIC)).contains(85.0);
        assertThat(v.get(Sign.DIASTOLIC)).contains(50.0);
        assertThat(v.get(Sign.TEMPERATURE)).contains(38.9);
    }

    @Test
    void readsSpanishClinicalStyle() {
        VitalSigns v = read("Varón de 58 años, FC 130 lpm, FR 32, SatO2 87%, TA 80/45, Tª 39,5");
        assertThat(v.get(Sign.AGE)).contains(58.0);
        assertThat(v.get(Sign.HEART_RATE)).contains(130.0);
        assertThat(v.get(Sign.RESPIRATORY_RATE)).contains(32.0);
        assertThat(v.get(Sign.SPO2)).contains(87.0);
        assertThat(v.get(Sign.SYSTOLIC)).contains(80.0);
        assertThat(v.get(Sign.TEMPERATURE)).contains(39.5);
    }

    @Test
    void readsLayWordsAndConvertsFahrenheit() {
        VitalSigns v = read("my 6 week old feels hot, temp is 101.3 and his oxygen says 93");
        assertThat(v.get(Sign.AGE)).hasValueSatisfying(a -> assertThat(a).isLessThan(0.25));
        assertThat(v.get(Sign.TEMPERATURE)).contains(38.5);
        assertThat(v.get(Sign.SPO2)).contains(93.0);
        assertThat(read("sats in the 80s all morning").get(Sign.SPO2)).contains(85.0);
    }

    @Test
    void aDurationIsNotAnAge() {
        assertThat(read("I have had this cough for 3 weeks and a fever for 2 days").get(Sign.AGE)).isEmpty();
    }

    @Test
    void implausibleNumbersAreIgnored() {
        VitalSigns v = read("my pulse is 999 and temp 12");
        assertThat(v.get(Sign.HEART_RATE)).isEmpty();
        assertThat(v.get(Sign.TEMPERATURE)).isEmpty();
    }
}
