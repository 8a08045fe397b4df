package org.sawt.contact;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sawt.shared.FieldErrors;
import org.sawt.shared.Language;
import org.springframework.stereotype.Component;

/** Checks a contact as a person wrote it and normalises it, reporting every wrong field at once. */
@Component
class ContactValidator {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final int MAX_EMAIL_LENGTH = 254;
    private static final Pattern TELEGRAM_CHAT_ID = Pattern.compile("-?[0-9]{1,20}");
    private static final int EARLIEST_BIRTH_YEAR = 1900;
    private static final List<String> GENDERS = List.of("female", "male", "other");

    private final PhoneNumbers phoneNumbers;
    private final Language defaultLanguage;

    ContactValidator(PhoneNumbers phoneNumbers, ContactSettings settings) {
        this.phoneNumbers = phoneNumbers;
        this.defaultLanguage = settings.defaultLanguage();
    }

    /** The normalised details, or an InvalidRequestException naming each wrong field. */
    ContactDetails validate(NewContact request) {
        FieldErrors errors = new FieldErrors();
        String phone = phoneNumbers.toE164(request.phone(), "phone", errors);
        String telegramChatId = blankToNull(request.telegramChatId());
        String email = normalEmail(request.email());
        boolean anyAddress = blankToNull(request.phone()) != null || telegramChatId != null || email != null;
        errors.check(anyAddress, "phone", "a contact needs a phone, a telegramChatId or an email");
        if (telegramChatId != null) {
            errors.check(TELEGRAM_CHAT_ID.matcher(telegramChatId).matches(), "telegramChatId",
                    "must be a Telegram chat id (a whole number)");
        }
        if (email != null) {
            errors.check(email.length() <= MAX_EMAIL_LENGTH && EMAIL.matcher(email).matches(), "email",
                    "'" + request.email().strip() + "' is not an email address");
        }
        boolean languageGiven = blankToNull(request.language()) != null;
        Optional<Language> language = languageGiven ? Language.fromCode(request.language())
                : Optional.of(defaultLanguage);
        errors.check(language.isPresent(), "language", "must be one of " + Language.supportedCodes());
        Integer birthYear = request.birthYear();
        int thisYear = Year.now(ZoneOffset.UTC).getValue();
        if (birthYear != null) {
            errors.check(birthYear >= EARLIEST_BIRTH_YEAR && birthYear <= thisYear, "birthYear",
                    "must be a year between " + EARLIEST_BIRTH_YEAR + " and " + thisYear);
        }
        String gender = blankToNull(request.gender()) == null ? null : request.gender().strip().toLowerCase(Locale.ROOT);
        if (gender != null) {
            errors.check(GENDERS.contains(gender), "gender", "must be one of " + String.join(", ", GENDERS)
                    + " (leave it out when not stated)");
        }
        errors.throwIfAny();
        return new ContactDetails(phone, telegramChatId, email, language.orElseThrow(), languageGiven, birthYear,
                gender);
    }

    /** Emails are kept trimmed and in lower case, so one mailbox is one address. */
    static String normalEmail(String email) {
        String trimmed = blankToNull(email);
        return trimmed == null ? null : trimmed.toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
