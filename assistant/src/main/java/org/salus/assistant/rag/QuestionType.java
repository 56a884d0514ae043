package org.salus.assistant.rag;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What kind of answer a question asks for, read from its wording in English or Spanish, with the words a source
 * sentence uses when it gives that kind of answer; the extractive composer leads with such a sentence.
 */
enum QuestionType {

    COMPARISON("difference between|differ|\\bvs\\.?\\b|versus|compared (?:to|with)|the same(?: as| thing)?\\??$|same thing"
            + "|\\bor\\b.*\\bbetter\\b|diferencia|\\bvs\\b|comparad|lo mismo|\\bigual",
            "differ|same|unlike|whereas|both|compared|also called|diferen|igual|mientras|ambos|tambien llamad"),
    DOSAGE("how much|how many (?:mg|milligram|pills|tablets|capsules|times)|\\bdose|dosage|how often (?:should|do|can)"
            + "|cuant[oa]s? (?:mg|pastillas|tabletas|veces)|\\bdosis|cada cuant",
            "\\bdose|dosage|\\bmg\\b|milligram|times a day|each day|daily|every \\d|at least \\d|\\d+ (?:minutes|hours|times)"
            + "|dosis|al dia|cada \\d|al menos \\d|\\d+ (?:minutos|horas|veces)"),
    PREVENTION("prevent|avoid (?:getting|catching)|reduce (?:the |my |your )?risk|lower (?:the |my |your )?risk"
            + "|protect (?:myself|yourself|against)|keep from getting|stop (?:myself |yourself )?from getting"
            + "|prevenir|evitar|reducir el riesgo|proteger(?:me|se)",
            "prevent|avoid|lower (?:your|the) risk|reduce (?:your|the) risk|protect|vaccin|screening|wash|exercis"
            + "|healthy (?:diet|weight|lifestyle)|losing weight|quit(?:ting)? smoking|keep (?:\\w+ ){0,3}from"
            + "|prevenir|evitar|reducir el riesgo|vacun|proteg"),
    TREATMENT("treat|\\bcure|curable|get rid of|how (?:can|do|to|should) (?:i |you |we )?(?:stop|relieve|ease|heal|fix|manage|reduce|lower)"
            + "|remed|medication for|medicine for|therapy|what helps|help with|tratar|\\btrat(?:a|an|o)\\b|tratamiento|\\bcura|quitar|aliviar"
            + "|remedio|medicamento para|que ayuda",
            "treat|therap|medicine|medication|\\bdrugs?\\b|surgery|\\bcure|manag|reliev|control|lifestyle changes|rehabilit|(?:can|may) help"
            + "|tratamiento|tratar|medicament|cirugia|terapia|\\bcura|aliviar|controlar"),
    PROGNOSIS("go away|goes away|outlook|prognos|life expectancy|how long (?:does|do|will|can|is)|permanent|serious"
            + "|fatal|deadly|die (?:of|from)|chronic|recover|heal on its own|last(?:s)? forever|get worse|desaparec"
            + "|se quita|pronostico|esperanza de vida|cuanto dura|permanente|grave|mortal|cronic|se cura sol",
            "go(?:es)? away|chronic|lifelong|outlook|prognos|recover|most people|permanent|fatal|deadly|life-threatening"
            + "|serious|improve|get better|heal|resolve|\\bcure|no cure|\\blasts? (?:for|up to|about|a few|several)"
            + "|for (?:days|weeks|months|years)|desaparec|cronic|recuper|grave|mortal|mejora|\\bdura|durante (?:dias|semanas|meses|anos)"),
    SYMPTOMS("symptom|\\bsigns?\\b|what does .* feel like|how do (?:i|you) know (?:if|whether)|warning|sintoma|signos|senales"
            + "|como se si",
            "symptom|\\bsigns?\\b|sintoma|signo|senal"),
    CAUSE("caus|\\bwhy\\b|trigger|risk factor|who gets|who is at risk|at risk for|how do (?:you|people|i) get|contagious"
            + "|spread|inherit|what makes|por que|provoca|factores de riesgo|contagi|hereda",
            "caus|due to|result(?:s)? (?:of|from)|because|\\brisks?\\b|trigger|lead to|inherit|gene|infect|spread"
            + "|(?:happens|occurs|develops) when|debido|riesgo|provoca|hereda|contagi|se produce|ocurre cuando"
            + "|sucede cuando"),
    DIAGNOSIS("diagnos|test(?:ed)? for|how (?:do|can|to) (?:you |i |doctors )?(?:tell|detect|check)|exam|screen"
            + "|diagnostic|prueba|examen|detectar",
            "diagnos|\\btests?\\b|exam|scan|x-ray|biopsy|diagnostic|prueba|examen"),
    DEFINITION("^(?:what|que|qu) (?:is|are|es|son)\\b|what does .* mean|meaning of|define|definition|que significa",
            "\\b(?:is|are) (?:a|an|the|one|any|when)\\b|\\brefers? to|\\bes (?:un|una|el|la|cuando)\\b|\\bson (?:un|unos|unas|los|las)\\b"),
    GENERAL("$^", "$^");

    private final Pattern asked;
    private final Pattern answered;

    QuestionType(String asked, String answered) {
        this.asked = Pattern.compile(asked);
        this.answered = Pattern.compile(answered);
    }

    /** The kind of answer {@code question} asks for; the first kind (in declaration order) whose wording it uses. */
    static QuestionType of(String question) {
        String q = fold(question);
        for (QuestionType type : values()) {
            if (type.asked.matcher(q).find()) {
                return type;
            }
        }
        return GENERAL;
    }

    /** Whether {@code sentence} reads like this kind of answer. */
    boolean answeredBy(String sentence) {
        return answered.matcher(fold(sentence)).find();
    }

    /** Lower case without accents or opening question marks, so one pattern serves both languages. */
    static String fold(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[¿¡]", "").strip();
    }
}
