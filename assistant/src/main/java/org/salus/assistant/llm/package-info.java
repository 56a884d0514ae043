/**
 * The configured language model: which provider writes answers ({@code none}, {@code openai}, {@code ollama},
 * {@code anthropic}), its LangChain4j chat models timed by a listener, and the secret canary put into its system
 * prompt. It imports nothing of Salus.
 */
package org.salus.assistant.llm;
