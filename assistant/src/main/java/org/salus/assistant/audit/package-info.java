/**
 * The content-free audit trail: every chat turn, image and recording kept as codes under a keyed session pseudonym,
 * written off the chat thread, deleted after the retention period or at the user's request, exported by the operator,
 * and the opt-in redacted transcripts. It imports chat, image, voice, privacy, config, web and the guardrails'
 * redaction.
 */
package org.salus.assistant.audit;
