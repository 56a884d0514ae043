/**
 * The clinicians' review workflow: decisions per document version stored append-only, applied by the knowledge base's
 * searchers at once (as its {@code ReviewOverrides}), the desk's queue, document view with a diff against the last
 * approved text, and decisions, the operator-only API behind the reviewer page, and citation counts per version. It
 * imports config, web, audit (the operator's guard), chat (the cited sources) and the knowledge base's search.
 */
package org.salus.assistant.review;
