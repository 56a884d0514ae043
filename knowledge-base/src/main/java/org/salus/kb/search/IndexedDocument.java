package org.salus.kb.search;

import org.salus.kb.Review;

/**
 * One document of a serving index generation as a reviewer sees it: its content version (the hash the index keeps to
 * skip unchanged documents on re-ingest), provenance and the review it was indexed with (no reviewer name is indexed).
 */
public record IndexedDocument(String id, String version, String title, String language, String publisher, String url,
                              Review indexed) {}
