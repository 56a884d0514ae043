/**
 * The evaluation suites of {@code ./salus eval}: the safety suite (shared development sets, frozen blind sets,
 * injection attacks) and the redaction evaluation, with their data readers, scores and Wilson-interval reports. It
 * imports the guardrails entry point, decision, learn and redaction.
 */
package org.salus.guardrails.eval;
