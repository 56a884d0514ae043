/**
 * {@code GET /infobutton}: the HL7 Infobutton URL form as MedlinePlus Connect takes it, answered with the vetted topics
 * that carry the code or match the name, as Atom or JSON. It imports config, web and the knowledge base's index and
 * search.
 */
package org.salus.assistant.infobutton;
