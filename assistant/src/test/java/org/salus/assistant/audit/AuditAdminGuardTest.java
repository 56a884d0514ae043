package org.salus.assistant.audit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.salus.assistant.web.ApiException;

class AuditAdminGuardTest {

    @Test
    void withoutTokenAdminEndpointsDoNotExist() {
        assertThatThrownBy(() -> new AdminGuard(null).check("Bearer anything"))
                .isInstanceOfSatisfying(ApiException.class, e -> org.assertj.core.api.Assertions.assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void refusesMissingOrWrongToken() {
        AdminGuard guard = new AdminGuard("s3cret-token");
        for (String header : new String[] {null, "", "Bearer wrong", "Basic s3cret-token", "s3cret-token"}) {
            assertThatThrownBy(() -> guard.check(header))
                    .isInstanceOfSatisfying(ApiException.class, e -> org.assertj.core.api.Assertions.assertThat(e.status()).isEqualTo(401));
        }
    }

    @Test
    void acceptsBearerToken() {
        assertThatCode(() -> new AdminGuard("s3cret-token").check("Bearer s3cret-token")).doesNotThrowAnyException();
        assertThatCode(() -> new AdminGuard("s3cret-token").check("bearer s3cret-token")).doesNotThrowAnyException();
    }
}
