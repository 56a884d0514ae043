package org.salus.assistant.privacy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The plain-language account of what Salus keeps, for how long and what it never keeps, written from the running
 * configuration rather than from a policy document that could drift from it.
 */
public record PrivacyStatement(String language, String retention, long retentionDays, boolean transcriptsStored,
                               String database, List<String> kept, List<String> neverKept, List<String> yourChoices,
                               String text) {

    /** Where the audit trail lives, as the statement names it. */
    public enum Database { EMBEDDED, POSTGRESQL, OTHER }

    static PrivacyStatement of(String language, PrivacyProperties settings, Database database) {
        String lang = "es".equals(language) ? "es" : "en";
        ResourceBundle t = ResourceBundle.getBundle("salus/privacy", Locale.forLanguageTag(lang));
        Duration retention = settings.retention();
        String period = period(retention, t);
        String where = t.getString("db." + database.name().toLowerCase(Locale.ROOT));
        List<String> kept = new ArrayList<>();
        kept.add(t.getString("kept.audit").formatted(where, period));
        kept.add(t.getString("kept.images").formatted(period));
        kept.add(t.getString("kept.pseudonym"));
        if (settings.storeTranscripts()) {
            kept.add(t.getString("kept.transcripts").formatted(period));
        }
        List<String> never = new ArrayList<>();
        never.add(settings.storeTranscripts() ? t.getString("never.raw-text") : t.getString("never.text"));
        never.add(t.getString("never.session-id"));
        never.add(t.getString("never.images"));
        never.add(t.getString("never.audio"));
        never.add(t.getString("never.logs"));
        never.add(t.getString("never.training"));
        List<String> choices = List.of(t.getString("choice.delete"), t.getString("choice.purge").formatted(period));
        String text = String.join(" ", kept) + " " + String.join(" ", never) + " " + String.join(" ", choices);
        return new PrivacyStatement(lang, retention.toString(), retention.toDays(), settings.storeTranscripts(),
                database.name().toLowerCase(Locale.ROOT), kept, never, choices, text);
    }

    private static String period(Duration retention, ResourceBundle t) {
        long days = retention.toDays();
        if (days >= 1 && retention.equals(Duration.ofDays(days))) {
            return t.getString(days == 1 ? "period.day" : "period.days").formatted(days);
        }
        long hours = Math.max(1, retention.toHours());
        return t.getString(hours == 1 ? "period.hour" : "period.hours").formatted(hours);
    }
}
