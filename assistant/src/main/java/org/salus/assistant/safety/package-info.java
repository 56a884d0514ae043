/**
 * The chat's safety gate: {@code SafetyGate} and its guardrails-backed implementation, which judges a turn before
 * retrieval and reviews the composed answer, the {@code TurnSafety} it returns, and the optional Llama Guard
 * classifier. It imports the guardrails (entry point, data, decision), reply, rag, llm, config and the knowledge base's
 * embed.
 */
package org.salus.assistant.safety;
