/**
 * {@code GET /api/search}: hybrid retrieval over a collection for integrations and evaluation, or with {@code mode} the
 * passages that answer mode reads. It imports config, modes, web and the knowledge base's index and search.
 */
package org.salus.assistant.search;
