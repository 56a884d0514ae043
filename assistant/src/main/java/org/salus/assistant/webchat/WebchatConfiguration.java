package org.salus.assistant.webchat;

import org.salus.assistant.voice.SpeechProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Wires the web chat's server side: the security headers on every response (the microphone allowed only when voice
 * input is configured) and the feedback tally.
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
    FeedbackTally feedbackTally() {
        return new FeedbackTally();
    }
}
