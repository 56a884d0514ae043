/**
 * The FHIR R4 endpoint at {@code /fhir}: the {@code $ask} operation, which answers a health question with request-only
 * patient context as a grounded answer with safety, citations and Provenance labelled as AI-written. It imports chat,
 * reply, config and web.
 */
package org.salus.assistant.fhir;
