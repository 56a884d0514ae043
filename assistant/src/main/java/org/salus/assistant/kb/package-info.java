/**
 * Opening the knowledge base the same way for the web app and the command line, with the configured embedding and
 * synonym lists, indexing the starter corpus on first start, and the ingest and index-size meters. It imports config and the knowledge base's embed,
 * index, ingest and search.
 */
package org.salus.assistant.kb;
