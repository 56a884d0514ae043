package org.salus.kb.search;

import org.salus.kb.index.Passage;

/**
 * A retrieved passage with its fused score, the two scores it was fused from (each scaled to 0..1 within the
 * result list) and the raw cosine similarity to the query (NaN when no vector search ran).
 */
public record ScoredPassage(Passage passage, int ordinal, double score, double lexical, double semantic, double cosine) {}
