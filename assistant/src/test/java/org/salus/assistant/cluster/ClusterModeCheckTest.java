package org.salus.assistant.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salus.assistant.SalusApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ClusterModeCheckTest {

    @org.springframework.boot.context.properties.EnableConfigurationProperties(ClusterProperties.class)
    static class PropertiesOnly {
    }

    @TempDir
    Path dataDir;

    @Test
    void clusterModeOnTheDefaultH2DatabaseStopsBeforeAnythingStarts() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(SalusApplication.class).web(WebApplicationType.NONE)
                .run("--salus.cluster.enabled=true", "--salus.data-dir=" + dataDir))
                .isInstanceOf(ClusterModeCheck.ClusterMisconfigured.class)
                .hasMessageContaining("needs one PostgreSQL")
                .hasMessageContaining("embedded H2")
                .hasMessageContaining("SPRING_DATASOURCE_URL");
    }

    @Test
    void clusterModeOnAnExplicitH2UrlIsRefusedToo() {
        assertThat(ClusterDatabase.problem("jdbc:h2:mem:x")).contains("embedded H2");
        assertThat(ClusterDatabase.problem("jdbc:mysql://db/x")).contains("other than PostgreSQL");
        assertThat(ClusterDatabase.problem("jdbc:postgresql://db:5432/salus")).isNull();
    }

    @Test
    void clusterModeNeedsALongSharedSecret() {
        new ApplicationContextRunner().withUserConfiguration(PropertiesOnly.class)
                .withPropertyValues("salus.cluster.enabled=true", "salus.cluster.secret=short")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("salus.cluster.secret (SALUS_CLUSTER_SECRET) must be set"));
        new ApplicationContextRunner().withUserConfiguration(PropertiesOnly.class)
                .withPropertyValues("salus.cluster.enabled=true", "salus.cluster.secret=" + "s".repeat(32))
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void clusterModeIsOffByDefaultAndNeedsNoSecret() {
        new ApplicationContextRunner().withUserConfiguration(PropertiesOnly.class)
                .run(context -> assertThat(context.getBean(ClusterProperties.class).enabled()).isFalse());
    }
}
