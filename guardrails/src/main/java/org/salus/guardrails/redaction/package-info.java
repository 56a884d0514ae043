/**
 * The redactor: detectors for names, places, institutions, addresses, dates, phone numbers and fixed-shape identifiers
 * in English and Spanish, merged into typed spans and replaced by placeholders in a balanced or a recall-first mode,
 * and the {@code redact} command's JSON-lines processing. It imports nothing of Salus.
 */
package org.salus.guardrails.redaction;
