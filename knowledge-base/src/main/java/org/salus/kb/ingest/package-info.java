/**
 * Reading source formats into documents: one importer per format (Salus Markdown, MedlinePlus XML and JSON lines,
 * MedQuAD, TSV, BEIR), the registry that resolves {@code --format} names, and the starter corpus that ships in the jar.
 * It imports kb and nothing else of Salus.
 */
package org.salus.kb.ingest;
