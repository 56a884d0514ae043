package org.salus.assistant.cluster;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.salus.assistant.SalusApplication;
import org.salus.assistant.security.TestAuthority;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** One Salus instance of a test cluster: a whole application on a loopback port with a data directory of its own. */
final class ClusterInstance implements AutoCloseable {

    static final String SECRET = "cluster-test-secret-0123456789abcdef";
    static final String ADMIN = "cluster-admin-token-0123456789";

    final ConfigurableApplicationContext context;
    final Path dataDir;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    ClusterInstance(ClusterDatabaseForTests db, Path dataDir, String... extra) {
        this.dataDir = dataDir;
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
                "--salus.data-dir=" + dataDir, "--salus.cluster.enabled=true", "--salus.cluster.secret=" + SECRET,
                "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + ClusterDatabaseForTests.USER,
                "--spring.datasource.password=" + ClusterDatabaseForTests.PASSWORD, "--spring.flyway.schemas=" + db.schema(),
                "--salus.corpus.starter-when-empty=false", "--salus.retrieval.embedding=none",
                "--salus.privacy.admin-token=" + ADMIN, "--salus.rate-limit.enabled=false",
                "--salus.smart.allowed-issuers=" + TestAuthority.get().fhirBase()));
        args.addAll(List.of(extra));
        this.context = new SpringApplicationBuilder(SalusApplication.class).run(args.toArray(String[]::new));
    }

    String url(String path) {
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port") + path;
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> delete(String path, String... headers) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).headers(headers).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
