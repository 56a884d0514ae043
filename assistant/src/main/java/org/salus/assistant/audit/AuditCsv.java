package org.salus.assistant.audit;

import java.util.List;

/** The audit export as CSV (RFC 4180), one row per turn, lists joined with {@code ;}. */
final class AuditCsv {

    static final String HEADER = "at,sessionHash,keyId,channel,mode,language,action,urgency,categories,policy,"
            + "citedDocIds,provider,latencyMs,errorClass,caller\r\n";

    private AuditCsv() {
    }

    static String write(List<AuditRecord> records) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (AuditRecord r : records) {
            List<String> cells = List.of(r.at().toString(), s(r.sessionHash()), s(r.keyId()), s(r.channel()), s(r.mode()),
                    s(r.language()), s(r.action()), s(r.urgency()), String.join(";", r.categories()), s(r.policy()),
                    String.join(";", r.citedDocIds()), s(r.provider()), Long.toString(r.latencyMs()), s(r.errorClass()),
                    s(r.caller()));
            for (int i = 0; i < cells.size(); i++) {
                csv.append(i == 0 ? "" : ",").append(quote(cells.get(i)));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    private static String s(String value) {
        return value == null ? "" : value;
    }

    private static String quote(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
                ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
