/**
 * The versioned policy set as read from {@code salus/guardrails/*.yaml} and an optional extra folder: word lists,
 * rules, thresholds, vital-sign flags, regions with their emergency numbers and crisis lines, and localised reply
 * texts. It imports guardrails.text and nothing else of Salus.
 */
package org.salus.guardrails.data;
