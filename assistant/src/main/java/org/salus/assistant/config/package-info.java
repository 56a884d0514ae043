/**
 * {@code SalusProperties}: everything an operator can set about Salus, validated at startup. It imports nothing of
 * Salus.
 */
package org.salus.assistant.config;
