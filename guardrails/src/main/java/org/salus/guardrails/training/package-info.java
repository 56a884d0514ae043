/**
 * The build-time trainer of the safety heads: reads the labelled messages of {@code guardrails/training/}, fits and
 * calibrates the heads, shared network and stacker out of fold, and fails the build when a {@code learned.yaml}
 * threshold misses its recall target. It imports the guardrails entry point, data, decision, eval, learn and text, and
 * no other package imports it.
 */
package org.salus.guardrails.training;
