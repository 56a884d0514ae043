/**
 * The one security filter chain, covering only the clinic endpoints (FHIR, CDS Hooks, Infobutton) with an OAuth2 bearer
 * access-token JWT or a named, hashed API key, the CORS origins they allow, and who called, for the audit trail. It
 * imports nothing of Salus.
 */
package org.salus.assistant.security;
