/**
 * Hybrid retrieval over the collections under one data directory: BM25 with lay/clinical synonym expansion and nearest
 * neighbours of the query embedding, fused into one score, over the generation {@code CURRENT} names. It imports
 * kb.embed, kb.index and kb.text, and kb.index does not import it back.
 */
package org.salus.kb.search;
