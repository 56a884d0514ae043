package org.salus.kb.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.salus.kb.text.Analyzers;

/** Routes each language-suffixed field to its language's analyser. */
public final class IndexAnalyzer extends DelegatingAnalyzerWrapper {

    public IndexAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return Analyzers.forLanguage(Fields.languageOfField(fieldName));
    }
}
