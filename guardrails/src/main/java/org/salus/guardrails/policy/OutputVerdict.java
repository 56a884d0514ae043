package org.salus.guardrails.policy;

import java.util.List;

/** What one output policy concluded about a composed answer. */
public sealed interface OutputVerdict permits OutputVerdict.Keep, OutputVerdict.Replace, OutputVerdict.Prepend {

    Keep KEEP = new Keep();

    /** The answer may go out as it is. */
    record Keep() implements OutputVerdict {
    }

    /** The answer must not go out; send {@code answer} instead and stop reviewing. */
    record Replace(String answer, String note, List<String> categories) implements OutputVerdict {
        public Replace {
            categories = List.copyOf(categories);
        }
    }

    /** Put {@code text} before the answer (e.g. the emergency instruction the composer left out). */
    record Prepend(String text, String note) implements OutputVerdict {
    }
}
