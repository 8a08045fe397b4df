package org.sawt.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Sealing under a configured key (no database involved): what is stored reveals nothing and opens only as sealed. */
class SecretsAtRestTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("another deployment's 32-byte key"
            .getBytes(StandardCharsets.US_ASCII));
    private static final byte[] SECRET = "a webhook signing secret of 32 b".getBytes(StandardCharsets.US_ASCII);

    private final SecretsAtRest secrets = withKey(KEY);

    @Test
    void aSealedSecretOpensWithTheSameKeyAndContextAndRevealsNothing() {
        byte[] sealed = secrets.seal(SECRET, "row 1");
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("webhook");
        assertThat(sealed).hasSize(1 + 12 + SECRET.length + 16).isNotEqualTo(secrets.seal(SECRET, "row 1"));
        assertThat(secrets.open(sealed, "row 1")).isEqualTo(SECRET);
    }

    @Test
    void anotherKeyAnotherContextOrAnAlteredValueDoNotOpen() {
        byte[] sealed = secrets.seal(SECRET, "row 1");
        assertThatThrownBy(() -> withKey(OTHER_KEY).open(sealed, "row 1"))
                .hasMessageContaining("does not open with this deployment's key: SAWT_SECRETS_KEY differs");
        assertThatThrownBy(() -> secrets.open(sealed, "row 2")).hasMessageContaining("(row 2) does not open");
        sealed[20] ^= 1;
        assertThatThrownBy(() -> secrets.open(sealed, "row 1")).hasMessageContaining("or the value was altered");
        assertThatThrownBy(() -> secrets.open(SECRET, "row 1")).hasMessageContaining("not in the sealed format");
    }

    @Test
    void aConfiguredKeyMustBeBase64OfAtLeast32Bytes() {
        assertThatThrownBy(() -> withKey("not base64!")).hasMessageContaining("SAWT_SECRETS_KEY must be base64");
        assertThatThrownBy(() -> withKey(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("SAWT_SECRETS_KEY must hold at least 32 bytes (it holds 16)");
    }

    private static SecretsAtRest withKey(String configured) {
        return new SecretsAtRest(new DeploymentSecrets(null), configured); // a configured key needs no database
    }
}
