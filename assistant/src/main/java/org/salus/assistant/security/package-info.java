/**
 * The one security filter chain, covering only the clinic endpoints (FHIR, CDS Hooks, Infobutton) with an OAuth2 bearer
 * JWT or an API key, and the CORS origins they allow. It imports nothing of Salus.
 */
package org.salus.assistant.security;
