package org.salus.assistant.webchat;

import org.salus.assistant.cluster.ClusterProperties;
import org.salus.assistant.voice.SpeechProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wires the web chat's server side: the security headers on every response (the microphone allowed only when voice
 * input is configured) and the feedback tally (shared through PostgreSQL in cluster mode).
 */
@Configuration(proxyBeanMethods = false)
class WebchatConfiguration {

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter(SpeechProperties speech) {
        FilterRegistrationBean<SecurityHeadersFilter> registration =
                new FilterRegistrationBean<>(new SecurityHeadersFilter(speech.enabled()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    FeedbackTally feedbackTally(ClusterProperties cluster, ObjectProvider<JdbcTemplate> jdbc) {
        return cluster.enabled() ? new FeedbackTally(jdbc.getObject()) : new FeedbackTally();
    }
}
