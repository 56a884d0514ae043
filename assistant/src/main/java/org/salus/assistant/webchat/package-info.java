/**
 * Serving the patient-facing web chat: security headers for every response and the
 * content-free feedback endpoint. The page itself lives in the {@code ui} module.
 */
package org.salus.assistant.webchat;
