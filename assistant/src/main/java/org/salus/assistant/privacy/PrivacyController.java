package org.salus.assistant.privacy;

import java.util.Locale;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Serves the privacy statement for the running configuration, in English or Spanish. */
@RestController
class PrivacyController {

    private final PrivacyProperties settings;
    private final PrivacyStatement.Database database;

    PrivacyController(PrivacyProperties settings, Environment environment) {
        this.settings = settings;
        this.database = kind(environment.getProperty("spring.datasource.url", ""));
    }

    @GetMapping("/api/privacy")
    PrivacyStatement statement(@RequestParam(defaultValue = "en") String language) {
        return PrivacyStatement.of(language.toLowerCase(Locale.ROOT), settings, database);
    }

    static PrivacyStatement.Database kind(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return PrivacyStatement.Database.EMBEDDED;
        }
        return url.startsWith("jdbc:postgresql:") ? PrivacyStatement.Database.POSTGRESQL : PrivacyStatement.Database.OTHER;
    }
}
