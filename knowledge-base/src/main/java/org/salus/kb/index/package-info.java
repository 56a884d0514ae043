/**
 * Building a collection's index: documents cut into passages of whole sentences, the Lucene fields they are stored
 * under, and the {@code Ingestor} that writes each new generation beside the serving one and switches {@code CURRENT}
 * atomically. It imports kb, kb.embed and kb.text, and nothing from kb.search or kb.ingest.
 */
package org.salus.kb.index;
