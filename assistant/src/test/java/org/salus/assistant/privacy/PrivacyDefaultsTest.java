package org.salus.assistant.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class PrivacyDefaultsTest {

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        new PrivacyDefaults().postProcessEnvironment(environment, null);
        return environment;
    }

    @Test
    void embeddedDatabaseAndAccessLogLiveUnderTheDataDirectory() {
        var env = environment(Map.of("salus.data-dir", "/srv/salus"));
        assertThat(env.getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:/srv/salus/audit/salus;");
        assertThat(env.getProperty("spring.datasource.username")).isEqualTo("sa");
        assertThat(env.getProperty("server.tomcat.accesslog.directory")).isEqualTo("/srv/salus/logs");
        assertThat(env.getProperty("server.tomcat.accesslog.pattern")).doesNotContain("%r", "%U", "%q");
    }

    @Test
    void aDataDirectorySetLaterIsStillHonoured() {
        var env = environment(Map.of());
        env.getPropertySources().addFirst(new MapPropertySource("later", Map.of("salus.data-dir", "/var/lib/salus")));
        assertThat(env.getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:/var/lib/salus/audit/salus;");
    }

    @Test
    void operatorDatabaseWinsAndGetsNoEmbeddedCredentials() {
        var env = environment(Map.of("spring.datasource.url", "jdbc:postgresql://db/salus"));
        assertThat(env.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db/salus");
        assertThat(env.getProperty("spring.datasource.username")).isNull();
    }
}
