package org.salus.assistant.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The app's own sentences in English and Spanish, read from one pair of UTF-8 resource files
 * ({@code NAME_en.properties}, {@code NAME_es.properties}), so that every part of the app loads its wording one way.
 */
public final class LocalisedText {

    private final String name;
    private final Properties english;
    private final Map<String, Properties> byLanguage;

    private LocalisedText(String name) {
        this.name = name;
        this.english = read(name, "en");
        this.byLanguage = Map.of("en", english, "es", read(name, "es"));
    }

    /** The texts of {@code name}, a class-path resource name without language and extension (e.g. {@code salus/texts}). */
    public static LocalisedText load(String name) {
        return new LocalisedText(name);
    }

    /**
     * The text for {@code key} in {@code language} ({@code es}, else English), in English where that language has
     * none, with each {@code {name}} placeholder replaced by the value after it in {@code pairs}.
     */
    public String get(String language, String key, Object... pairs) {
        String text = own(language, key).or(() -> Optional.ofNullable(english.getProperty(key)))
                .orElseThrow(() -> new IllegalArgumentException("no text " + key + " in " + name));
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            text = text.replace("{" + pairs[i] + "}", String.valueOf(pairs[i + 1]));
        }
        return text;
    }

    /** The text for {@code key} in {@code language} only, without falling back to English. */
    public Optional<String> own(String language, String key) {
        Properties texts = language == null ? english : byLanguage.getOrDefault(language, english);
        return Optional.ofNullable(texts.getProperty(key));
    }

    private static Properties read(String name, String language) {
        String resource = "/" + name + "_" + language + ".properties";
        Properties p = new Properties();
        try (InputStream in = LocalisedText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
