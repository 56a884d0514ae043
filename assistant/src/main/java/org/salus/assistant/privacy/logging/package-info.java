/**
 * Logs without personal data: Logback converters that pass messages and exception text through the redactor, and a
 * ceiling on the loggers that could print bodies, prompts or SQL parameters. It imports the guardrails' redaction and
 * nothing of the app.
 */
package org.salus.assistant.privacy.logging;
