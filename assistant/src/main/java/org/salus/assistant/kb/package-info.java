/**
 * Opening the knowledge base the same way for the web app and the command line, with the configured embedding and
 * synonym lists, and indexing the starter corpus on first start. It imports config and the knowledge base's embed,
 * index, ingest and search.
 */
package org.salus.assistant.kb;
