/**
 * Real public content in one command: finding, downloading, checking and incrementally ingesting NLM's MedlinePlus
 * health-topic XML, with per-language fetch records so topics NLM drops are retired. It imports the knowledge base's
 * index and ingest; only the command line uses it.
 */
package org.salus.assistant.corpus;
