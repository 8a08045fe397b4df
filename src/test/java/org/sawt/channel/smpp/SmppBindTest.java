package org.sawt.channel.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Objects;
import org.jsmpp.bean.BindType;
import org.junit.jupiter.api.Test;

/** The gateway holds one transceiver bind with the configured identity and keeps it alive with enquire_link. */
class SmppBindTest extends SmppGatewayTest {

    @Test
    void startsThoughTheSmscRefusedTheFirstBindThenBindsAsTransceiver() {
        assertThat(SMSC.binds().get(0).accepted()).as("the first bind, refused at start-up").isFalse();
        assertThat(SMSC.binds()).filteredOn(FakeSmsc.Bind::accepted).isNotEmpty().allSatisfy(bind -> {
            assertThat(bind.type()).isEqualTo(BindType.BIND_TRX);
            assertThat(bind.systemId()).isEqualTo(SYSTEM_ID);
            assertThat(bind.systemType()).isEqualTo(SYSTEM_TYPE);
            assertThat(Objects.requireNonNullElse(bind.password(), "")).as("only from SMPP_PASSWORD")
                    .isEqualTo(System.getenv().getOrDefault("SMPP_PASSWORD", ""));
        });
    }

    @Test
    void keepsTheLinkAliveWithEnquireLink() {
        int before = SMSC.enquireLinks();
        await().atMost(Duration.ofSeconds(5)).until(() -> SMSC.enquireLinks() >= before + 2);
    }
}
