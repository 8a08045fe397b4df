package org.sawt.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Signatures as the Standard Webhooks specification defines them, and the worked example in portal-integration.md. */
class WebhookSignaturesTest {

    @Test
    void matchesTheStandardWebhooksReferenceVector() {
        // from the reference libraries' tests (standard-webhooks, libraries/*/WebhookTest)
        byte[] secret = WebhookSignatures.parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        assertThat(WebhookSignatures.header(List.of(secret), "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330,
                "{\"test\": 2432232314}")).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void theWorkedExampleOfTheDocsHolds() {
        byte[] secret = WebhookSignatures.parse(DocsExample.SECRET);
        assertThat(WebhookSignatures.header(List.of(secret), DocsExample.ID, DocsExample.TIMESTAMP, DocsExample.BODY))
                .isEqualTo(DocsExample.SIGNATURE);
    }

    @Test
    void duringARotationBothSecretsSignSpaceSeparated() {
        byte[] current = WebhookSignatures.newSecret();
        byte[] previous = WebhookSignatures.newSecret();
        String header = WebhookSignatures.header(List.of(current, previous), "id", 1, "{}");
        assertThat(header.split(" ")).containsExactly("v1," + WebhookSignatures.sign(current, "id", 1, "{}"),
                "v1," + WebhookSignatures.sign(previous, "id", 1, "{}"));
        assertThat(WebhookSignatures.show(current)).startsWith("whsec_");
        assertThat(WebhookSignatures.parse(WebhookSignatures.show(current))).isEqualTo(current);
    }

    /** The example of docs/portal-integration.md, "Verifying a signature". */
    static final class DocsExample {
        static final String SECRET = "whsec_c2F3dC1kb2NzLWV4YW1wbGUtc2VjcmV0LTMyLWJ5dGVzIQ==";
        static final String ID = "5f0c9a52-2f1e-4d7a-9d61-0c3b8e1f4a27";
        static final long TIMESTAMP = 1795435200;
        static final String BODY = "{\"specversion\":\"1.0\",\"id\":\"5f0c9a52-2f1e-4d7a-9d61-0c3b8e1f4a27\","
                + "\"type\":\"engagement.opened\"}";
        static final String SIGNATURE = "v1,MJ5p1jSDnvUXtvOAvm7ki7Fd2Vft+YkFRe+m96F6LsU=";
    }
}
