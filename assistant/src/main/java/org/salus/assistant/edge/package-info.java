/**
 * What stands between the network and the endpoints: body and query-string checks before anything is parsed, strict
 * JSON, problem details for errors raised outside the controllers (Tomcat's own, {@code /error}), and per-client
 * rate limits. Every rejection here is a 4xx {@code application/problem+json} that never quotes the request.
 */
package org.salus.assistant.edge;
