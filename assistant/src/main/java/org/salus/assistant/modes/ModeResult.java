package org.salus.assistant.modes;

import org.salus.assistant.rag.RagPipeline;

/** A mode's answer in the pipeline's shape (so citations render alike) plus the trace of what it did. */
public record ModeResult(RagPipeline.Answer answer, ModeTrace trace) {}
