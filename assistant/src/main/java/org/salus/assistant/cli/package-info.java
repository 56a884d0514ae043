/**
 * The launcher's subcommands other than the server ({@code ingest}, {@code search}, {@code redact}, {@code eval}) and
 * the data-directory rule they share. It imports config, the app's kb and tools, the knowledge base's kb, embed, index,
 * ingest and search, and the guardrails' eval and redaction.
 */
package org.salus.assistant.cli;
