/**
 * The chat turn: {@code POST /api/chat} and its stream, the request checks, and the {@link
 * org.salus.assistant.chat.TurnPipeline} whose named steps (read the image, guard the input, answer with a tool or
 * from the corpus, list the citations, guard the output) write one reply and publish it; it imports the reply types,
 * safety (with the guardrails' Action), tools, modes, rag, image, llm and i18n, and only the app's channels (fhir)
 * and listeners (audit, review) import it.
 */
package org.salus.assistant.chat;
