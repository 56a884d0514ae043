package org.salus.assistant.reply;

/** A crisis-support service for the user's locale. */
public record CrisisLine(String name, String number, String text) {
}
