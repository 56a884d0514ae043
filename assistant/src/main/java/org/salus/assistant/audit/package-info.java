/**
 * The content-free audit trail: every chat turn, image and recording kept as codes under a keyed session pseudonym,
 * written off the chat thread, deleted after the retention period or at the user's request, exported by the operator,
 * and the opt-in redacted transcripts, with the clinic caller's name (never an API key); it publishes its rows written
 * and dropped as meters. It imports chat, image, voice, privacy, config, web, security and the guardrails' redaction.
 */
package org.salus.assistant.audit;
