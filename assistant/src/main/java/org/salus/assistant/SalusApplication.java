package org.salus.assistant;

import org.salus.assistant.config.SalusProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The Spring Boot application behind {@code ./salus serve}. */
@SpringBootApplication
@EnableConfigurationProperties(SalusProperties.class)
public class SalusApplication {

    public static void main(String[] args) {
        SpringApplication.run(SalusApplication.class, args);
    }
}
