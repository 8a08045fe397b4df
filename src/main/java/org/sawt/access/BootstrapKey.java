package org.sawt.access;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes {@code SAWT_BOOTSTRAP_API_KEY}, when set, a working platform-admin key. Runs as an application runner,
 * so the instance reports ready (readiness probe) only once the key works.
 */
@Component
@Order(1)
class BootstrapKey implements ApplicationRunner {

    private final ApiKeys apiKeys;
    private final String bootstrapKey;

    BootstrapKey(ApiKeys apiKeys, @Value("${sawt.bootstrap-api-key:}") String bootstrapKey) {
        this.apiKeys = apiKeys;
        this.bootstrapKey = bootstrapKey;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!bootstrapKey.isBlank()) {
            apiKeys.ensurePlatformAdminKey(bootstrapKey);
        }
    }
}
