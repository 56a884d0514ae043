/**
 * The answer modes a request may name: Thinking (sub-questions answered one by one, in sections) and Contemplating
 * (agents whose verified drafts a judge merges claim by claim), with their planning, fusion, evidence compression and
 * time budgets, behind the {@code ModeRunner} the chat calls. It imports rag, llm and the knowledge base's index,
 * search and text.
 */
package org.salus.assistant.modes;
