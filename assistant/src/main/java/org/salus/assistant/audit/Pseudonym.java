package org.salus.assistant.audit;

/** A session id's keyed hash and the id of the key that made it. */
record Pseudonym(String keyId, String hash) {}
