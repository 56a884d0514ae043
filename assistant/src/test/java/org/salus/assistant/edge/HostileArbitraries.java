package org.salus.assistant.edge;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of what an attacker or a broken client sends: JSON of the wrong types, unknown and huge fields, deep
 * nesting and key bombs, bytes that are not UTF-8, broken percent escapes, and empty or enormous values.
 */
final class HostileArbitraries {

    /** The fields the JSON endpoints know, so generated objects often reach the validation behind the parser. */
    private static final List<String> FIELDS = List.of("message", "mode", "language", "sessionId", "image", "vote",
            "safetyAction", "hook", "hookInstance", "context", "prefetch", "resourceType", "parameter", "name",
            "valueString", "valueCode");

    private HostileArbitraries() {
    }

    /** A request body: usually JSON (well-formed or not), sometimes raw bytes, empty, or large. */
    static Arbitrary<byte[]> bodies() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, json(3).map(HostileArbitraries::utf8)),
                Tuple.of(2, brokenJson().map(HostileArbitraries::utf8)),
                Tuple.of(1, deepNesting().map(HostileArbitraries::utf8)),
                Tuple.of(1, keyBomb().map(HostileArbitraries::utf8)),
                Tuple.of(1, badUtf8Json()),
                Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(300)),
                Tuple.of(1, Arbitraries.just(new byte[0])),
                Tuple.of(1, hugeField().map(HostileArbitraries::utf8)));
    }

    /** A JSON value up to {@code depth} levels deep, its strings odd (empty, control characters, emoji, long). */
    static Arbitrary<String> json(int depth) {
        Arbitrary<String> scalar = Arbitraries.oneOf(
                oddText().map(HostileArbitraries::quote),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.doubles().map(d -> Double.isFinite(d) ? String.valueOf(d) : "1e999"),
                Arbitraries.of("true", "false", "null", "-0", "1e400", "123456789012345678901234567890"));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<String> array = json(depth - 1).list().ofMaxSize(4).map(items -> "[" + String.join(",", items) + "]");
        Arbitrary<String> object = Combinators.combine(
                        Arbitraries.oneOf(Arbitraries.of(FIELDS), oddText()).map(HostileArbitraries::quote),
                        json(depth - 1)).as((k, v) -> k + ":" + v)
                .list().ofMaxSize(6).map(members -> "{" + String.join(",", members) + "}");
        return Arbitraries.frequencyOf(
                Tuple.of(2, scalar),
                Tuple.of(2, array),
                Tuple.of(5, object));
    }

    static Arbitrary<String> oddText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars("\u0000\u001f\u2028\u202e\ud83d\ude00\"\\/<>&%").ofMaxLength(20),
                Arbitraries.of("", " ", "instant", "thinking", "contemplating", "en", "es", "patient-view",
                        "What are the warning signs of a stroke?", "data:image/png;base64,AAAA", "up", "down",
                        "../../etc/passwd", "%00", "' OR 1=1 --"),
                Arbitraries.integers().between(4001, 20_000).map("x"::repeat));
    }

    private static Arbitrary<String> brokenJson() {
        return Arbitraries.of("{", "}", "[", "{\"message\":", "{\"message\":\"unterminated", "{'message':'single'}",
                "{\"message\":\"a\",}", "{\"message\":\"a\"}}", "NaN", "{\"message\":\"\\ud800\"}", "{\"message\":\"\\uZZZZ\"}",
                "{\"message\":01}", "\ufeff{\"message\":\"bom\"}", "{\"a\":1}{\"b\":2}", "/* c */ {}", "{\"message\":\"a\" /*x*/}");
    }

    private static Arbitrary<String> deepNesting() {
        return Arbitraries.integers().between(100, 5_000).flatMap(n -> Arbitraries.of(
                "[".repeat(n) + "]".repeat(n),
                "{\"message\":" + "[".repeat(n) + "]".repeat(n) + "}",
                "{\"a\":".repeat(n) + "1" + "}".repeat(n),
                "[".repeat(n)));
    }

    private static Arbitrary<String> keyBomb() {
        return Arbitraries.integers().between(1_000, 20_000).map(n -> {
            StringBuilder out = new StringBuilder("{\"message\":\"hi\"");
            for (int i = 0; i < n; i++) {
                out.append(",\"k").append(i).append("\":").append(i);
            }
            return out.append('}').toString();
        });
    }

    private static Arbitrary<byte[]> badUtf8Json() {
        return Arbitraries.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF, (byte) 0xFE},
                        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80})
                .map(bad -> {
                    byte[] start = utf8("{\"message\":\"");
                    byte[] end = utf8("\"}");
                    byte[] out = new byte[start.length + bad.length + end.length];
                    System.arraycopy(start, 0, out, 0, start.length);
                    System.arraycopy(bad, 0, out, start.length, bad.length);
                    System.arraycopy(end, 0, out, start.length + bad.length, end.length);
                    return out;
                });
    }

    private static Arbitrary<String> hugeField() {
        return Arbitraries.integers().between(100_000, 1_200_000).flatMap(n -> Arbitraries.of(
                "{\"message\":\"" + "a".repeat(n) + "\"}",
                "{\"message\":\"hi\",\"junk\":\"" + "b".repeat(n) + "\"}",
                "{\"image\":\"data:image/png;base64," + "A".repeat(n) + "\"}"));
    }

    /** A query-string value: sometimes well-formed, sometimes a broken escape or bytes that are not UTF-8. */
    static Arbitrary<String> queryValues() {
        return Arbitraries.oneOf(
                oddText().map(HostileArbitraries::encode),
                Arbitraries.of("%", "%z", "%zz", "%C3%28", "%FF", "%ED%A0%80", "%F0%28%8C%28", "%00", "a%2", "%%", "%C0%AF"),
                Arbitraries.integers().between(1, 3000).map(n -> "w%20".repeat(n)),
                Arbitraries.integers().between(1, 1500).map(n -> "x-".repeat(n)));
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
