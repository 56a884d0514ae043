package org.salus.assistant.rag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

class RagPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class);

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RagProperties.class)
    static class Settings {
    }

    @Test
    void defaultsAreTheThresholdsThatWereHardCoded() {
        context.run(c -> {
            RagProperties rag = c.getBean(RagProperties.class);
            assertThat(rag.grounding()).isEqualTo(new RagProperties.Grounding(0.6, 0.85));
            assertThat(rag.relevance()).isEqualTo(new RagProperties.Relevance(0.5, 0.80, 0.5, 0.6, 2));
            assertThat(rag.fusion()).isEqualTo(new RagProperties.Fusion(60));
            assertThat(rag.similarity()).isEqualTo(new RagProperties.Similarity(0.6, 0.6));
            assertThat(rag).isEqualTo(RagSettings.defaults());
        });
    }

    @Test
    void applicationYmlStatesTheDefaults() throws IOException {
        var yaml = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"));
        RagProperties configured = new Binder(ConfigurationPropertySources.from(yaml))
                .bindOrCreate("salus.rag", RagProperties.class);
        assertThat(configured).isEqualTo(RagSettings.defaults());
    }

    @Test
    void aValueInRangeIsTaken() {
        context.withPropertyValues("salus.rag.grounding.min-cosine=0.9", "salus.rag.fusion.k=10")
                .run(c -> {
                    assertThat(c.getBean(RagProperties.class).grounding().minCosine()).isEqualTo(0.9);
                    assertThat(c.getBean(RagProperties.class).fusion().k()).isEqualTo(10);
                });
    }

    @ParameterizedTest
    @CsvSource({
            "grounding.min-term-support, 1.5,  must be less than or equal to 1.0",
            "grounding.min-cosine,       -0.1, must be greater than or equal to 0.0",
            "relevance.close-cosine,     2.0,  must be less than or equal to 1.0",
            "relevance.per-document,     0,    must be greater than or equal to 1",
            "fusion.k,                   0,    must be greater than or equal to 1",
            "similarity.same-claim,      1.2,  must be less than or equal to 1.0",
    })
    void anOutOfRangeValueFailsStartupNamingTheSetting(String key, String value, String reason) {
        context.withPropertyValues("salus.rag." + key + "=" + value).run(c -> {
            assertThat(c).hasFailed();
            String message = messages(c.getStartupFailure());
            assertThat(message).contains("Binding validation errors on salus.rag")
                    .contains("on field '" + camelCase(key) + "': rejected value [" + value + "]").contains(reason);
        });
    }

    /** The field path the validation message names, e.g. {@code grounding.minTermSupport}. */
    private static String camelCase(String key) {
        return Pattern.compile("-(\\w)").matcher(key).replaceAll(m -> m.group(1).toUpperCase(Locale.ROOT));
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
