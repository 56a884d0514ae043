/**
 * What an operator runs Salus with: the readiness check of the serving index generation, the content-free meters of
 * chat turns, and the OpenAPI description of the HTTP API. It imports chat and config, never a message or an answer.
 */
package org.salus.assistant.ops;
