/**
 * The in-process embedding model (LangChain4j's quantised BGE-small-en v1.5 on an ONNX Runtime session tuned for a
 * server), the {@code Embedder} that makes the index and the query side embed the same way, and a bounded query cache
 * keyed by digests. It imports nothing of Salus.
 */
package org.salus.kb.embed;
