/**
 * SMART App Launch 2 from an EHR: discovery, authorisation with PKCE, the token exchange and the reading of the
 * patient's age and language, which open the web chat without keeping anything about the patient. It imports fhir and
 * web.
 */
package org.salus.assistant.smart;
