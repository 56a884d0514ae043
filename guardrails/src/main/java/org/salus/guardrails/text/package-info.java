/**
 * Text as the policies read it: lower-cased, accent-folded and tokenised with negation scopes marked, the data-file
 * phrases and rules compiled over it, and the vital signs and their red flags read from a message. It imports nothing
 * of Salus.
 */
package org.salus.guardrails.text;
