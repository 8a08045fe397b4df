package org.sawt.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The documented deep-link payload, {@code e_} and the engagement id with or without dashes, and nothing else. */
class DeepLinksTest {

    private static final UUID ID = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");

    @Test
    void theEngagementIdIsReadWithOrWithoutDashes() {
        assertThat(DeepLinks.engagementId("e_0f8fad5bd9cb469fa16570867728950e")).contains(ID);
        assertThat(DeepLinks.engagementId("e_0F8FAD5BD9CB469FA16570867728950E")).contains(ID);
        assertThat(DeepLinks.engagementId("e_0f8fad5b-d9cb-469f-a165-70867728950e")).contains(ID);
    }

    @Test
    void otherPayloadsNameNoEngagement() {
        assertThat(DeepLinks.engagementId("hello")).isEmpty();
        assertThat(DeepLinks.engagementId("e_0f8fad5bd9cb469fa16570867728950")).isEmpty();
        assertThat(DeepLinks.engagementId("x_0f8fad5bd9cb469fa16570867728950e")).isEmpty();
        assertThat(DeepLinks.engagementId(null)).isEmpty();
    }
}
