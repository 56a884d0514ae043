package org.salus.assistant.tools;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an exercise question ("what muscles do squats work", "¿qué músculos trabajan las sentadillas?", "exercises for
 * lower back without equipment", "ejercicios para la espalda baja sin equipo") into a {@link ToolCall}, one grammar
 * per language.
 */
final class ExerciseRules {

    /** The patterns of one language. */
    private record Grammar(List<Pattern> musclesOf, Pattern article, Pattern forMuscle, Pattern noEquipment) {}

    private static final Map<String, Grammar> GRAMMARS = Map.of(
            "en", new Grammar(List.of(
                    Pattern.compile("\\b(?:what|which) muscles? (?:do|does|are|is) (?:worked by |used (?:by|in) )?(.+?)"
                            + "(?: work| target| use| train| hit| strengthen| exercise| worked| used)?$"),
                    Pattern.compile("\\bmuscles? (?:worked|used|targeted|trained) (?:by|in|during|with) (.+)$"),
                    Pattern.compile("\\bwhat (?:do|does) (.+?) (?:work|target|train|strengthen)$")),
                    Pattern.compile("^(?:the|a|an|doing|my) "),
                    Pattern.compile("\\b(?:exercises?|workouts?|stretch(?:es)?|moves?) (?:for|to (?:strengthen|stretch|train|work|build)"
                            + "|that (?:work|target|strengthen)) (?:my |the |your )?(.+)$"),
                    Pattern.compile("\\s*\\b(?:without (?:any )?(?:equipment|weights|a gym)|with no equipment|no equipment"
                            + "|(?:using )?(?:just |only )?(?:my )?body ?weight|at home)\\b\\s*")),
            "es", new Grammar(List.of(
                    Pattern.compile("\\bque musculos? (?:se )?(?:trabaja|trabajan|ejercita|ejercitan|usa|usan|utiliza|utilizan"
                            + "|fortalece|fortalecen|activa|activan|intervienen|involucra|involucran)"
                            + "(?: con| en| al hacer| haciendo)? (.+)$"),
                    Pattern.compile("\\bmusculos? (?:que )?(?:se )?(?:trabaja|trabajan|ejercita|ejercitan|usa|usan|fortalece|fortalecen)"
                            + "(?: con| en)? (.+)$"),
                    Pattern.compile("^que (?:trabaja|trabajan|ejercita|ejercitan) (.+)$")),
                    Pattern.compile("^(?:el|la|los|las|un|una|hacer|mi|mis) "),
                    Pattern.compile("\\b(?:ejercicios?|rutinas?|entrenamientos?|estiramientos?|movimientos?) (?:para|de|que trabajen"
                            + "|que fortalezcan) (?:(?:fortalecer|trabajar|estirar|tonificar|ejercitar|muscular) )?"
                            + "(?:el |la |los |las |mi |mis |tu |tus )?(.+)$"),
                    Pattern.compile("\\s*\\b(?:sin (?:ningun |nada de )?(?:equipo|equipamiento|material|pesas|aparatos|maquinas|gimnasio)"
                            + "|con (?:el |mi )?(?:propio )?peso (?:corporal|del cuerpo)|solo con mi cuerpo|en casa)\\b\\s*")));

    private final Grammar grammar;
    private final Vocabulary words;

    ExerciseRules(String language) {
        String lang = Phrases.language(language);
        this.grammar = GRAMMARS.get(lang);
        this.words = Vocabulary.of(lang);
    }

    Optional<ToolCall> read(String message) {
        String text = Text.normalise(message).replaceAll("[?.!]+$", "").trim();
        for (Pattern pattern : grammar.musclesOf()) {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                String name = grammar.article().matcher(m.group(1)).replaceAll("").trim();
                return name.isEmpty() ? Optional.empty() : Optional.of(new ToolCall.Muscles(name));
            }
        }
        Matcher m = grammar.forMuscle().matcher(text);
        if (m.find()) {
            boolean bodyOnly = grammar.noEquipment().matcher(m.group(1)).find();
            String target = grammar.noEquipment().matcher(m.group(1)).replaceAll(" ").trim();
            List<String> muscles = words.muscles(target);
            return muscles.isEmpty() ? Optional.empty() : Optional.of(new ToolCall.Exercises(muscles, bodyOnly));
        }
        return Optional.empty();
    }
}
