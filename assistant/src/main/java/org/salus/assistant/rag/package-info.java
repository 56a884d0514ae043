/**
 * The grounded-answer pipeline (transform, retrieve, aggregate, compose, verify) with its extractive and LLM composers,
 * the grounded prompt, the overlap verifier and the {@code salus.rag} thresholds; corpus text reaches a prompt through
 * the {@code CorpusTextFilter} that safety implements; retrieval latency and LLM fallbacks are metered. It imports config, llm and the knowledge base's embed, search
 * and text, and nothing of chat or safety.
 */
package org.salus.assistant.rag;
