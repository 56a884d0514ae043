package org.salus.assistant;

/** Entry point of the {@code ./salus} launcher. */
public final class Salus {
    public static void main(String[] args) {
    }
}
