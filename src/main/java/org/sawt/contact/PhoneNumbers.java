package org.sawt.contact;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.regex.Pattern;
import org.sawt.shared.FieldErrors;
import org.springframework.stereotype.Component;

/** Turns phone numbers as people write them (any digits, spacing, 00 or +, national format) into E.164. */
@Component
public class PhoneNumbers {

    /** Bidi marks and other invisible format characters come along when numbers are copied from Arabic text. */
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");
    private static final Pattern WRITTEN_NUMBER = Pattern.compile("[+\uFF0B]?[\\p{Nd}\\p{Zs}\\p{Pd}().]+");
    private static final String UNKNOWN_REGION = "ZZ";

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final String defaultRegion;

    public PhoneNumbers(ContactSettings settings) {
        this.defaultRegion = settings.defaultRegion();
    }

    /** The E.164 form of a number written in the default region's conventions. */
    public String toE164(String raw) {
        return toE164(raw, defaultRegion);
    }

    /**
     * For request validation: the E.164 form of the number, null when none was given, or null with the reason added
     * to {@code errors} under {@code field} when it is not a valid number.
     */
    public String toE164(String raw, String field, FieldErrors errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return toE164(raw);
        } catch (InvalidPhoneNumberException e) {
            errors.add(field, e.getMessage());
            return null;
        }
    }

    /** The E.164 form of a number written in the given region's conventions (numbers with + or 00 may be foreign). */
    public String toE164(String raw, String region) {
        String written = raw == null ? "" : INVISIBLE.matcher(raw).replaceAll("").strip();
        if (!WRITTEN_NUMBER.matcher(written).matches()) {
            throw invalid(raw, region, "use only digits, spaces, dashes, dots, parentheses and a leading + or 00");
        }
        PhoneNumber number = parse(raw, written, region);
        if (!util.isValidNumber(number)) {
            String numberRegion = util.getRegionCodeForCountryCode(number.getCountryCode());
            throw UNKNOWN_REGION.equals(numberRegion) ? invalid(raw, null, "unknown country calling code")
                    : invalid(raw, numberRegion, whyInvalid(number, numberRegion));
        }
        return util.format(number, PhoneNumberFormat.E164);
    }

    private PhoneNumber parse(String raw, String written, String region) {
        try {
            return util.parse(written, region);
        } catch (NumberParseException e) {
            throw switch (e.getErrorType()) {
                case INVALID_COUNTRY_CODE -> invalid(raw, null, "unknown country calling code");
                case TOO_SHORT_AFTER_IDD, TOO_SHORT_NSN -> invalid(raw, region, "too short");
                case TOO_LONG -> invalid(raw, region, "too long");
                default -> invalid(raw, region, "not a phone number");
            };
        }
    }

    private String whyInvalid(PhoneNumber number, String region) {
        return switch (util.isPossibleNumberWithReason(number)) {
            case TOO_SHORT -> "too short";
            case TOO_LONG -> "too long";
            case INVALID_LENGTH -> "wrong number of digits";
            case IS_POSSIBLE_LOCAL_ONLY -> "too short (is the area code missing?)";
            default -> "it matches no " + region + " number range (check the digits and their count)";
        };
    }

    private static InvalidPhoneNumberException invalid(String raw, String region, String reason) {
        return new InvalidPhoneNumberException("'" + raw + "' is not a valid phone number"
                + (region == null ? "" : " for " + region) + ": " + reason);
    }
}
