package org.salus.assistant.cluster;

/** One index generation published through the database: its row id, collection and folder name (the same everywhere). */
public record PublishedGeneration(long id, String collection, String name) {}
