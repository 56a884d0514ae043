/**
 * The guardrails' one entry point for the assistant: {@code Guardrails}, which judges a turn before retrieval, reviews
 * the composed answer, quotes corpus text safely and supplies disclaimers, and the {@code GuardrailSettings} it is
 * built from. It imports data, decision, learn and policy; of the guardrails' own packages only eval and training
 * import it.
 */
package org.salus.guardrails;
