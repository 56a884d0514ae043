/**
 * The parts of a chat reply that several packages build: {@code Safety}, {@code Citation}, {@code CrisisLine} and
 * {@code ModelInfo}, as the chat API returns them. It imports nothing of Salus, so safety, tools and fhir use them
 * without importing chat.
 */
package org.salus.assistant.reply;
