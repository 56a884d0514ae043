/**
 * The knowledge base's own vocabulary: a vetted source {@code Document} with its provenance, and the {@code Review} and
 * {@code ReviewStatus} that decide whether it may be served. It imports nothing of Salus.
 */
package org.salus.kb;
