package org.salus.assistant.privacy;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The session-token key: {@code salus.sessions.token-key} (hex) when instances share sessions, else a local key file. */
@Configuration(proxyBeanMethods = false)
class SessionTokensConfiguration {

    @Bean
    SessionTokens sessionTokens(@Value("${salus.sessions.token-key:}") String key, @Value("${salus.data-dir:./data}") Path dataDir) {
        return SessionTokens.fromKey(key, dataDir.resolve("session-token.key"));
    }
}
