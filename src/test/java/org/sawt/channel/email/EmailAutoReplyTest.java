package org.sawt.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;

/** An out-of-office answer to an invitation, though it carries the token, is neither counted nor answered. */
class EmailAutoReplyTest extends EmailGatewayTest {

    @Test
    void anAutoReplyIsIgnored() throws Exception {
        ApiClient agency = newAgency("Municipality of Madaba");
        String engagementId = openQuestionnaire(agency);
        String address = uniqueAddress("away");
        String contactId = emailContact(agency, address, "en");
        inviteByEmail(agency, engagementId, List.of(contactId));
        String token = replyToken(awaitEmail(address, 1));

        deliverToGateway(payload("auto-reply-out-of-office.eml", Map.of(
                EmailPayloadsTest.TOKEN, token, "amira.haddad@example.org", address)));
        awaitMailboxProcessed();

        assertThat(results(agency, engagementId).path("participants").asInt()).isZero();
        assertThat(inboundStatus("<AM0PR04MB6412A6E1C9B3D5F7E8A2B4C6D8E0@AM0PR04MB6412.eurprd04.prod.outlook.com>"))
                .isNull();
        assertThat(inbox(address)).hasSize(1);
        assertThat(agency.get("/api/v1/contacts/" + contactId).json().path("optedOut").asBoolean()).isFalse();
    }
}
