package org.salus.guardrails.text;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a message gives for age, temperature, heart rate, breathing rate, oxygen saturation and blood
 * pressure, read from folded text in clinical shorthand ("58F, HR 124, SpO2 88% RA, BP 85/50", "FC 130 lpm") and
 * in lay words ("my 6 week old", "oxygen says 89", "temp is 104"), English and Spanish; Fahrenheit becomes Celsius.
 */
public record VitalSigns(Map<Sign, Double> values) {

    /** The signs read; the names are the keys of {@code vitals.yaml}. */
    public enum Sign { AGE, TEMPERATURE, HEART_RATE, RESPIRATORY_RATE, SPO2, SYSTOLIC, DIASTOLIC }

    private static final String OF = "(?: (?:of|is|was|at|de|en|al|reads?|reading|shows?|says?|around|about|only|just|"
            + "down to|up to|de solo|es de|esta en|marca))*";
    private static final Pattern AGE_YEARS = Pattern.compile(" (?:aged |de |age )?(\\d{1,3}) ?(?:years? old|yrs? old|"
            + "year old|yo|y o|yr old|anos de edad|anos|ano) ");
    private static final Pattern AGE_SEX = Pattern.compile(" (\\d{1,3}) ?(?:m|f|male|female|yo m|yo f|man|woman|"
            + "varon|mujer|hombre) ");
    private static final Pattern AGE_MONTHS = Pattern.compile(" (?:de )?(\\d{1,2}) ?(?:months?|mo|mos|meses|mes)"
            + "(?: old| de edad| de vida)? ");
    private static final Pattern AGE_WEEKS = Pattern.compile(" (?:de )?(\\d{1,2}) ?(?:weeks?|wks?|semanas?)"
            + " (?:old|de vida|de edad) ");
    private static final Pattern AGE_DAYS = Pattern.compile(" (?:de )?(\\d{1,2}) ?(?:days?|dias?) (?:old|de vida) ");
    private static final Pattern NEWBORN = Pattern.compile(" (?:newborn|new born|neonate|recien nacid[oa]) ");
    private static final Pattern TEMPERATURE = Pattern.compile(" (?:temp|temperature|temperatura|fever|fiebre|"
            + "febrile|febril|tmax|t max|t|ta|running|pyrexi\\w*)" + OF + " (\\d{2,3}(?:\\.\\d{1,2})?) ?"
            + "(°|° c|° f|degrees?|grados|c|f)? ");
    private static final Pattern TEMPERATURE_UNIT = Pattern.compile(" (\\d{2,3}(?:\\.\\d{1,2})?) ?(°c|°f|° c|° f|"
            + "degrees? c|degrees? f|grados|°) ");
    private static final Pattern HEART_RATE = Pattern.compile(" (?:hr|heart rate|pulse rate|pulse|heartrate|fc|"
            + "frecuencia cardiaca|pulso|ritmo cardiaco|heart)" + OF + " (\\d{2,3}) ");
    private static final Pattern HEART_RATE_UNIT = Pattern.compile(" (\\d{2,3}) ?(?:bpm|lpm|beats|latidos|ppm) ");
    private static final Pattern RESPIRATORY = Pattern.compile(" (?:rr|resp rate|resp|resps|respiratory rate|"
            + "respiration rate|respirations|breathing rate|fr|frecuencia respiratoria)" + OF + " (\\d{1,2}) ");
    private static final Pattern RESPIRATORY_UNIT = Pattern.compile(" (\\d{1,2}) ?(?:breaths|respiraciones|rpm"
            + "|resp min) ");
    private static final Pattern SPO2 = Pattern.compile(" (?:spo2|sp02|sao2|sats?|sato2|o2 sats?|o2|oxygen saturation|"
            + "oxygen sats?|oxygen level|oxygen levels|oxygen|ox|pulse ox|pulse oximeter|oximeter|saturation|"
            + "saturacion|saturacion de oxigeno|satura|saturando|oxigeno|oximetro)" + OF
            + " (\\d{2,3}|(?:in the |low |mid |high )?[5-9]0s) ?%? ");
    private static final Pattern SPO2_AIR = Pattern.compile(" (\\d{2}) ?% (?:on|en|in) (?:room air|ra|air|aa|"
            + "aire ambiente|aire) ");
    private static final Pattern BLOOD_PRESSURE = Pattern.compile(" (?:bp|blood pressure|ta|tension arterial|"
            + "tension|presion arterial|presion|pa|nibp)" + OF + " (\\d{2,3}) (?:over |sobre )?(\\d{2,3}) ");
    private static final Pattern BLOOD_PRESSURE_UNIT = Pattern.compile(" (\\d{2,3}) (\\d{2,3}) ?mm ?hg ");

    public static VitalSigns read(NormalizedText text) {
        String s = text.text();
        Map<Sign, Double> v = new EnumMap<>(Sign.class);
        first(AGE_YEARS, s, 1).filter(a -> a <= 120).ifPresent(a -> v.put(Sign.AGE, a));
        if (!v.containsKey(Sign.AGE)) {
            first(AGE_SEX, s, 1).filter(a -> a <= 110).ifPresent(a -> v.put(Sign.AGE, a));
        }
        first(AGE_MONTHS, s, 1).filter(m -> m < 36 && !v.containsKey(Sign.AGE))
                .ifPresent(m -> v.put(Sign.AGE, m / 12));
        first(AGE_WEEKS, s, 1).ifPresent(w -> v.put(Sign.AGE, w / 52));
        first(AGE_DAYS, s, 1).ifPresent(d -> v.put(Sign.AGE, d / 365));
        if (NEWBORN.matcher(s).find()) {
            v.put(Sign.AGE, 0.01);
        }
        temperature(s).ifPresent(t -> v.put(Sign.TEMPERATURE, t));
        first(HEART_RATE, s, 1).or(() -> first(HEART_RATE_UNIT, s, 1)).filter(h -> h >= 20 && h <= 250)
                .ifPresent(h -> v.put(Sign.HEART_RATE, h));
        first(RESPIRATORY, s, 1).or(() -> first(RESPIRATORY_UNIT, s, 1)).filter(r -> r >= 4 && r <= 90)
                .ifPresent(r -> v.put(Sign.RESPIRATORY_RATE, r));
        spo2(s).ifPresent(o -> v.put(Sign.SPO2, o));
        Matcher bp = BLOOD_PRESSURE.matcher(s);
        if (!bp.find()) {
            bp = BLOOD_PRESSURE_UNIT.matcher(s);
            if (!bp.find()) {
                bp = null;
            }
        }
        if (bp != null) {
            double sys = Double.parseDouble(bp.group(1));
            double dia = Double.parseDouble(bp.group(2));
            if (sys >= 50 && sys <= 280 && dia >= 20 && dia < sys) {
                v.put(Sign.SYSTOLIC, sys);
                v.put(Sign.DIASTOLIC, dia);
            }
        }
        return new VitalSigns(v);
    }

    public Optional<Double> get(Sign sign) {
        return Optional.ofNullable(values.get(sign));
    }

    private static Optional<Double> temperature(String s) {
        for (Pattern p : new Pattern[] {TEMPERATURE, TEMPERATURE_UNIT}) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                double t = Double.parseDouble(m.group(1));
                String unit = m.group(2) == null ? "" : m.group(2);
                if (unit.endsWith("f") || t >= 93 && t <= 110) {
                    t = (t - 32) * 5 / 9;
                }
                if (t >= 30 && t <= 44) {
                    return Optional.of(Math.round(t * 10) / 10.0);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Double> spo2(String s) {
        Matcher m = SPO2.matcher(s);
        while (m.find()) {
            String g = m.group(1);
            double value = g.endsWith("0s") ? Double.parseDouble(g.replaceAll("\\D", "")) + 5
                    : Double.parseDouble(g);
            if (value >= 50 && value <= 100) {
                return Optional.of(value);
            }
        }
        return first(SPO2_AIR, s, 1).filter(o -> o >= 50 && o <= 100);
    }

    private static Optional<Double> first(Pattern p, String s, int group) {
        Matcher m = p.matcher(s);
        return m.find() ? Optional.of(Double.parseDouble(m.group(group))) : Optional.empty();
    }
}
