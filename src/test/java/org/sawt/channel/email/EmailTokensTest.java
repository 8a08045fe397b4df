package org.sawt.channel.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reply tokens: they round-trip, fit in an address, show no id, and any change or other secret breaks them. */
class EmailTokensTest {

    private static final String SECRET = "a-test-secret-of-at-least-32-characters";

    private final EmailTokens tokens = new EmailTokens(SECRET);
    private final UUID contactId = UUID.randomUUID();
    private final UUID engagementId = UUID.randomUUID();

    @Test
    void aTokenNamesTheContactAndTheEngagement() {
        String token = tokens.issue(contactId, engagementId);

        assertThat(tokens.verify(token)).contains(new EmailTokens.Claims(contactId, engagementId));
        assertThat(tokens.issue(contactId, engagementId)).isEqualTo(token);
        assertThat(tokens.issue(contactId, UUID.randomUUID())).isNotEqualTo(token);
    }

    @Test
    void aTokenIsLowerCaseBase32AndFitsInThePlusAddressOfAShortLocalPart() {
        String token = tokens.issue(contactId, engagementId);

        assertThat(token).hasSize(EmailTokens.LENGTH).matches("[a-z2-7]+");
        assertThat(("sawt+" + token).length()).isLessThanOrEqualTo(64);
    }

    @Test
    void aTokenShowsNoIdInAnyForm() {
        String token = tokens.issue(contactId, engagementId);

        for (UUID id : new UUID[] {contactId, engagementId}) {
            String hex = id.toString().replace("-", "");
            assertThat(token).doesNotContain(hex.substring(0, 8), hex.substring(24));
        }
    }

    @Test
    void mailServersThatChangeTheCaseOfAddressesDoNotBreakIt() {
        String token = tokens.issue(contactId, engagementId);

        assertThat(tokens.verify(token.toUpperCase(Locale.ROOT))).isPresent();
    }

    @Test
    void changingAnyCharacterBreaksIt() {
        String token = tokens.issue(contactId, engagementId);

        for (int i = 0; i < token.length(); i++) {
            char replacement = token.charAt(i) == 'a' ? 'b' : 'a';
            String tampered = token.substring(0, i) + replacement + token.substring(i + 1);
            assertThat(tokens.verify(tampered)).as("changed at %d", i).isEmpty();
        }
    }

    @Test
    void aTokenSealedWithAnotherSecretIsRejected() {
        String foreign = new EmailTokens("another-secret-also-32-characters-long").issue(contactId, engagementId);

        assertThat(tokens.verify(foreign)).isEmpty();
    }

    @Test
    void malformedTokensAreRejected() {
        String token = tokens.issue(contactId, engagementId);

        assertThat(tokens.verify(null)).isEmpty();
        assertThat(tokens.verify("")).isEmpty();
        assertThat(tokens.verify(token.substring(1))).isEmpty();
        assertThat(tokens.verify(token + "a")).isEmpty();
        assertThat(tokens.verify(token.substring(1) + "1")).isEmpty();
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> new EmailTokens("too-short")).isInstanceOf(IllegalArgumentException.class);
    }
}
