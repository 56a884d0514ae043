/**
 * The guardrails' contract types: the {@code UserTurn} and {@code PatientContext} they judge, the input and output
 * assessments, the contract's {@code SafetyDecision} with its {@code Action} and {@code Urgency}, and the two hooks a
 * caller may supply ({@code TextEmbedder}, {@code LlmSafetyClassifier}). It imports nothing of Salus.
 */
package org.salus.guardrails.decision;
