/**
 * Text analysis shared by indexing and querying: the Lucene analysers per language and the splitter that cuts text into
 * sentences, the unit Salus cites and verifies. It imports nothing of Salus.
 */
package org.salus.kb.text;
