/**
 * The HTTP edge every endpoint shares: {@code ApiException}, RFC 9457 problem details for every failure, and
 * descriptions of failures for the log without user text, and absolute links from the configured public base URL. It
 * imports nothing of Salus.
 */
package org.salus.assistant.web;
