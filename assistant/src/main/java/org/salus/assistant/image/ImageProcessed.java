package org.salus.assistant.image;

import java.time.Instant;

/**
 * Published for every image a request carried, read or rejected. It carries no content: not the image, not its text,
 * not what was found in it; only how it was read, the outcome as a short code and how long it took. The session id
 * is the client's opaque id, which listeners must not store as it is.
 */
public record ImageProcessed(Instant at, String sessionId, String reader, String outcome, long latencyMs) {}
