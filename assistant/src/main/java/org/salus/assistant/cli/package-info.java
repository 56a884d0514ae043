/**
 * The launcher's subcommands other than the server ({@code ingest}, {@code search}, {@code redact}, {@code eval},
 * {@code review}), the data-directory rule they share and the database the review commands open. It imports config,
 * privacy, review, the app's kb and tools, the knowledge base's kb, embed, index, ingest and search, and the
 * guardrails' eval and redaction.
 */
package org.salus.assistant.cli;
