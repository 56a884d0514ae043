/**
 * The learned safety layer as the app runs it: hashed text features, the logistic heads, the shared network, the
 * neighbours' vote and the stacker that weighs them, compared with the thresholds of {@code learned.yaml} into
 * {@code Signals}, plus the query embedders used outside the app. It imports data, decision and text.
 */
package org.salus.guardrails.learn;
