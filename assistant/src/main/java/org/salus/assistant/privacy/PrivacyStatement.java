package org.salus.assistant.privacy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.salus.assistant.i18n.LocalisedText;

/**
 * The plain-language account of what Salus keeps, for how long and what it never keeps, written from the running
 * configuration rather than from a policy document that could drift from it.
 */
public record PrivacyStatement(String language, String retention, long retentionDays, boolean transcriptsStored,
                               String database, List<String> kept, List<String> neverKept, List<String> yourChoices,
                               String text) {

    /** Where the audit trail lives, as the statement names it. */
    public enum Database { EMBEDDED, POSTGRESQL, OTHER }

    private static final LocalisedText TEXT = LocalisedText.load("salus/privacy");

    static PrivacyStatement of(String language, PrivacyProperties settings, Database database) {
        String lang = "es".equals(language) ? "es" : "en";
        Duration retention = settings.retention();
        String period = period(retention, lang);
        String where = TEXT.get(lang, "db." + database.name().toLowerCase(Locale.ROOT));
        List<String> kept = new ArrayList<>();
        kept.add(TEXT.get(lang, "kept.audit").formatted(where, period));
        kept.add(TEXT.get(lang, "kept.images").formatted(period));
        kept.add(TEXT.get(lang, "kept.pseudonym"));
        if (settings.storeTranscripts()) {
            kept.add(TEXT.get(lang, "kept.transcripts").formatted(period));
        }
        List<String> never = new ArrayList<>();
        never.add(settings.storeTranscripts() ? TEXT.get(lang, "never.raw-text") : TEXT.get(lang, "never.text"));
        never.add(TEXT.get(lang, "never.session-id"));
        never.add(TEXT.get(lang, "never.images"));
        never.add(TEXT.get(lang, "never.audio"));
        never.add(TEXT.get(lang, "never.logs"));
        never.add(TEXT.get(lang, "never.training"));
        List<String> choices = List.of(TEXT.get(lang, "choice.delete"), TEXT.get(lang, "choice.purge").formatted(period));
        String text = String.join(" ", kept) + " " + String.join(" ", never) + " " + String.join(" ", choices);
        return new PrivacyStatement(lang, retention.toString(), retention.toDays(), settings.storeTranscripts(),
                database.name().toLowerCase(Locale.ROOT), kept, never, choices, text);
    }

    private static String period(Duration retention, String lang) {
        long days = retention.toDays();
        if (days >= 1 && retention.equals(Duration.ofDays(days))) {
            return TEXT.get(lang, days == 1 ? "period.day" : "period.days").formatted(days);
        }
        long hours = Math.max(1, retention.toHours());
        return TEXT.get(lang, hours == 1 ? "period.hour" : "period.hours").formatted(hours);
    }
}
