/**
 * Voice input: {@code POST /api/transcribe} checks a recording in memory, sends it to the configured OpenAI-compatible
 * speech-to-text service, and publishes a content-free event. It imports i18n and web.
 */
package org.salus.assistant.voice;
