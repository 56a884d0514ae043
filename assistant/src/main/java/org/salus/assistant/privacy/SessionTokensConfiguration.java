package org.salus.assistant.privacy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.salus.assistant.cluster.ClusterProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The session-token key: {@code salus.sessions.token-key} (hex) when instances share sessions; in cluster mode without
 * one, a key derived from the cluster secret (so a token from one instance is honoured by all); else a local key file.
 */
@Configuration(proxyBeanMethods = false)
class SessionTokensConfiguration {

    @Bean
    SessionTokens sessionTokens(@Value("${salus.sessions.token-key:}") String key, @Value("${salus.data-dir:./data}") Path dataDir,
                                ClusterProperties cluster) {
        if ((key == null || key.isBlank()) && cluster.enabled()) {
            return new SessionTokens(derived(cluster.secret()));
        }
        return SessionTokens.fromKey(key, dataDir.resolve("session-token.key"));
    }

    private static byte[] derived(String clusterSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(clusterSecret.strip().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal("salus-session-token-key".getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
