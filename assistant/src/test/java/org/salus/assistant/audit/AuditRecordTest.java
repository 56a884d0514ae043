package org.salus.assistant.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.salus.assistant.chat.ChatTurnCompleted;

class AuditRecordTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "instant|instant",
            "safety-policy@2026-11|safety-policy@2026-11",
            "tiny-stroke|tiny-stroke",
            "my name is Ana Ruiz|other",
            "call 555 0100|other",
            "a,b|other"})
    void keepsCodesAndReplacesAnythingElse(String value, String stored) {
        assertThat(AuditRecord.code(value, 64)).isEqualTo(stored);
    }

    @Test
    void freeTextInAnyFieldNeverReachesTheRecord() {
        String text = "Ana Ruiz 555-0100";
        var turn = new ChatTurnCompleted(Instant.EPOCH, "sess", text, text, text, text, text, List.of(text), text,
                List.of("doc-1", text), text, 12, text);
        AuditRecord r = AuditRecord.of(turn, new Pseudonym("k1", "abc"), null);
        assertThat(r.toString()).doesNotContain("Ana").doesNotContain("555");
        assertThat(r.citedDocIds()).containsExactly("doc-1", "other");
        assertThat(r.sessionHash()).isEqualTo("abc");
        assertThat(r.latencyMs()).isEqualTo(12);
    }

    @Test
    void csvQuotesCellsThatNeedIt() {
        var r = new AuditRecord(Instant.parse("2026-01-02T03:04:05Z"), "h", "k", "chat", "instant", "en", "answer",
                "none", List.of("a", "b"), "p@1", List.of("d1"), "extractive", 7, null, "key:intranet");
        assertThat(AuditCsv.write(List.of(r))).isEqualTo(AuditCsv.HEADER
                + "2026-01-02T03:04:05Z,h,k,chat,instant,en,answer,none,a;b,p@1,d1,extractive,7,,key:intranet\r\n");
    }
}
