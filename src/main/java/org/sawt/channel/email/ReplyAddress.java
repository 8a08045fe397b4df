package org.sawt.channel.email;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where participants reply: the base address with the token as its plus-address tag
 * ({@code sawt@example.org} → {@code sawt+<token>@example.org}), the same token also in the subject as
 * {@code [#<token>]} for mail servers that drop the tag.
 */
final class ReplyAddress {

    private static final Pattern SUBJECT_TOKEN = Pattern.compile("\\[#([a-zA-Z2-7]{" + EmailTokens.LENGTH + "})]");

    private final String localPart;
    private final String domain;

    ReplyAddress(String baseAddress) {
        int at = baseAddress.lastIndexOf('@');
        this.localPart = baseAddress.substring(0, at).toLowerCase(Locale.ROOT);
        this.domain = baseAddress.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    String base() {
        return localPart + "@" + domain;
    }

    String withToken(String token) {
        return localPart + "+" + token + "@" + domain;
    }

    /** The token in an address written to us, if it is our base address with a tag. */
    Optional<String> tokenIn(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String lower = address.strip().toLowerCase(Locale.ROOT);
        String prefix = localPart + "+";
        String suffix = "@" + domain;
        if (!lower.startsWith(prefix) || !lower.endsWith(suffix)) {
            return Optional.empty();
        }
        return Optional.of(lower.substring(prefix.length(), lower.length() - suffix.length()));
    }

    static String subjectTag(String token) {
        return "[#" + token + "]";
    }

    static Optional<String> tokenInSubject(String subject) {
        Matcher matcher = SUBJECT_TOKEN.matcher(subject == null ? "" : subject);
        return matcher.find() ? Optional.of(matcher.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** The subject without our token tag and reply prefixes, for a reply whose body is empty. */
    static String withoutTagAndPrefixes(String subject) {
        String text = SUBJECT_TOKEN.matcher(subject == null ? "" : subject).replaceAll("").strip();
        return text.replaceFirst("(?i)^((re|aw|sv|tr|fw|fwd|رد|پاسخ)\\s*:\\s*)+", "").strip();
    }
}
