package org.salus.assistant.chat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/** The app's own localised sentences (English and Spanish), read from resource files. */
final class Texts {

    private final Map<String, Properties> byLanguage;

    Texts() {
        byLanguage = Map.of("en", load("en"), "es", load("es"));
    }

    String get(String language, String key) {
        Properties p = byLanguage.getOrDefault(language, byLanguage.get("en"));
        String value = p.getProperty(key);
        return value != null ? value : byLanguage.get("en").getProperty(key, key);
    }

    private static Properties load(String language) {
        Properties p = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream("/salus/texts_" + language + ".properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
