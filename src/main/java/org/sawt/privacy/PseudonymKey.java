package org.sawt.privacy;

import org.sawt.secret.DeploymentSecrets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The deployment's pseudonym key: {@code SAWT_PSEUDONYM_KEY} (base64, at least 32 bytes) when the operator set
 * one, so that the database alone cannot link pseudonyms to contacts; otherwise a key generated once and kept in
 * the database, the same for every instance.
 */
@Component
class PseudonymKey {

    private final byte[] bytes;

    PseudonymKey(DeploymentSecrets secrets, @Value("${sawt.privacy.pseudonym-key:}") String configured) {
        this.bytes = secrets.key("pseudonym-key", configured, "SAWT_PSEUDONYM_KEY",
                "so that a copy of the database alone cannot link pseudonyms to contacts");
    }

    byte[] bytes() {
        return bytes.clone();
    }
}
