/**
 * What Salus keeps and says it keeps: the operator's privacy settings and their defaults, the privacy statement written
 * from them, and the event that hands a turn to the transcript recorder. It imports i18n and nothing else of Salus.
 */
package org.salus.assistant.privacy;
