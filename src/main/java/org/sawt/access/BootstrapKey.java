package org.sawt.access;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Makes {@code SAWT_BOOTSTRAP_API_KEY}, when set, a working platform-admin key after start. */
@Component
class BootstrapKey {

    private final ApiKeys apiKeys;
    private final String bootstrapKey;

    BootstrapKey(ApiKeys apiKeys, @Value("${sawt.bootstrap-api-key:}") String bootstrapKey) {
        this.apiKeys = apiKeys;
        this.bootstrapKey = bootstrapKey;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensure() {
        if (!bootstrapKey.isBlank()) {
            apiKeys.ensurePlatformAdminKey(bootstrapKey);
        }
    }
}
