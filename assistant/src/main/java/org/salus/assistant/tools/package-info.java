/**
 * The health tools that answer from structured data instead of the corpus: nutrition (USDA SR28) and exercises
 * (free-exercise-db), chosen by the project's rules or by the configured LLM's tool call and worded by Salus from the
 * data, and the imports of their tables. It imports reply, llm, i18n and config.
 */
package org.salus.assistant.tools;
