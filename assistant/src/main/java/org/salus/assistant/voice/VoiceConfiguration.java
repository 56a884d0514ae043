package org.salus.assistant.voice;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires voice input from {@code salus.speech.*}: the recording checks and the transcription client. */
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
}
