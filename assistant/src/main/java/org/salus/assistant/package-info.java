/**
 * The launcher and the Spring Boot application: {@code Salus} runs a {@code ./salus} subcommand ({@code serve} by
 * default) and {@code ReadyLine} prints the line scripts wait for. It imports cli and config.
 */
package org.salus.assistant;
