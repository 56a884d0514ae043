package org.salus.kb.index;

/** Names of the Lucene fields a passage is stored under, shared by the writer and the searcher. */
public final class Fields {
    public static final String PASSAGE_ID = "pid";
    public static final String DOC_ID = "doc_id";
    public static final String DOC_HASH = "doc_hash";
    public static final String TITLE = "title";
    public static final String TITLE_TEXT = "title_text";
    public static final String SECTION = "section";
    public static final String BODY = "body";
    public static final String BODY_TEXT = "body_text";
    public static final String SYNONYMS = "syn";
    public static final String SYNONYMS_TEXT = "syn_text";
    public static final String LANGUAGE = "lang";
    public static final String PUBLISHER = "publisher";
    public static final String URL = "url";
    public static final String STATUS = "status";
    public static final String REVIEWED_ON = "reviewed_on";
    public static final String REVIEWER = "reviewer";
    public static final String UPDATED_ON = "updated_on";
    public static final String EXPIRES = "expires";
    public static final String CODE = "code";
    public static final String ORDINAL = "ordinal";
    public static final String VECTOR = "vec";

    private Fields() {
    }

    /** Languages with their own analysed fields; anything else is analysed as English. */
    public static String analysisLanguage(String language) {
        return "es".equals(language) ? "es" : "en";
    }

    public static String title(String language) {
        return TITLE + "_" + analysisLanguage(language);
    }

    public static String body(String language) {
        return BODY + "_" + analysisLanguage(language);
    }

    public static String synonyms(String language) {
        return SYNONYMS + "_" + analysisLanguage(language);
    }

    /** The language whose analyser a field name calls for. */
    static String languageOfField(String field) {
        return field.endsWith("_es") ? "es" : "en";
    }
}
