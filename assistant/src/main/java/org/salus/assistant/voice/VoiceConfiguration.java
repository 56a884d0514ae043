package org.salus.assistant.voice;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Wires voice input from {@code salus.speech.*}: the admission filter (ahead of multipart parsing, after the edge's
 * rate limit and body cap), the recording checks and the transcription client.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SpeechProperties.class)
class VoiceConfiguration {

    @Bean
    Recordings recordings(SpeechProperties properties) {
        return new Recordings(properties);
    }

    @Bean
    SpeechToText speechToText(SpeechProperties properties) {
        return new SpeechToText(properties);
    }

    @Bean
    FilterRegistrationBean<VoiceAdmission> voiceAdmission(SpeechProperties properties, ApplicationEventPublisher events) {
        FilterRegistrationBean<VoiceAdmission> registration =
                new FilterRegistrationBean<>(new VoiceAdmission(properties.maxConcurrent(), events));
        registration.addUrlPatterns(VoiceAdmission.PATH);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        return registration;
    }
}
