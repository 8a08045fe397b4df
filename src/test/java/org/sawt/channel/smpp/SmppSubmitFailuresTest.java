package org.sawt.channel.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.camel.component.smpp.SmppException;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.junit.jupiter.api.Test;
import org.sawt.channel.PermanentSendFailure;

/** How a failed submit is taken: the SMSC's refusal for good, its "not now", no answer, or no bind at all. */
class SmppSubmitFailuresTest {

    @Test
    void aRefusalForGoodIsPermanent() {
        assertThat(SubmitSmFailures.classify(new SmppException(new NegativeResponseException(0x0B))))
                .isInstanceOf(PermanentSendFailure.class).hasMessageContaining("0x0000000B");
        assertThat(SubmitSmFailures.isLinkDown(new SmppException(new NegativeResponseException(0x0B)))).isFalse();
    }

    @Test
    void aBusySmscIsRetried() {
        for (int status : new int[] {0x08, 0x14, 0x45, 0x58, 0x64}) {
            assertThat(SubmitSmFailures.classify(new SmppException(new NegativeResponseException(status))))
                    .isInstanceOf(SmppTemporaryFailure.class);
        }
    }

    @Test
    void noAnswerIsRetried() {
        SmppException timeout = new SmppException(new ResponseTimeoutException("no submit_sm_resp"));
        assertThat(SubmitSmFailures.classify(timeout)).isInstanceOf(SmppTemporaryFailure.class);
        assertThat(SubmitSmFailures.isLinkDown(timeout)).isFalse();
    }

    @Test
    void noBoundSessionMeansTheLinkIsDown() {
        assertThat(SubmitSmFailures.isLinkDown(new IOException("Lost connection to smpp://sawt@smsc:2775"))).isTrue();
        assertThat(SubmitSmFailures.isLinkDown(new SmppException(new IOException("Socket closed")))).isTrue();
    }
}
