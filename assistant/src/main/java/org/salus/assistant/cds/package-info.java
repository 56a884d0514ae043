/**
 * CDS Hooks 2.0: discovery and the {@code patient-education} service for {@code patient-view}, which reads the
 * prefetched resources and answers with one card per vetted education topic. It imports fhir, infobutton, i18n and web.
 */
package org.salus.assistant.cds;
