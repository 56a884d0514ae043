package org.salus.kb.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** The text analysis per language, shared by indexing and querying so both see the same terms. */
public final class Analyzers {

    private static final Analyzer ENGLISH = new EnglishAnalyzer();
    private static final Analyzer SPANISH = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            stream = new StopFilter(stream, SpanishAnalyzer.getDefaultStopSet());
            stream = new ASCIIFoldingFilter(stream);
            stream = new SpanishLightStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    };

    private Analyzers() {
    }

    public static Analyzer forLanguage(String language) {
        return "es".equals(language) ? SPANISH : ENGLISH;
    }
}
