package org.sawt.channel.smpp;

import java.util.regex.Pattern;
import org.jsmpp.bean.TypeOfNumber;
import org.sawt.contact.InvalidPhoneNumberException;
import org.sawt.contact.PhoneNumbers;
import org.springframework.stereotype.Component;

/**
 * Reads a deliver_sm's source_addr as an E.164 number. An international number (TON 1, or written with + or 00) is
 * taken as the SMSC gives it, not checked against libphonenumber's ranges, so a new number range never loses an
 * answer; a national one is read in the deployment's default region.
 */
@Component
class SourceAddresses {

    private static final Pattern INTERNATIONAL_DIGITS = Pattern.compile("[1-9]\\d{5,14}");

    private final PhoneNumbers phoneNumbers;

    SourceAddresses(PhoneNumbers phoneNumbers) {
        this.phoneNumbers = phoneNumbers;
    }

    String toE164(byte ton, String sourceAddr) {
        String address = sourceAddr == null ? "" : sourceAddr.strip();
        if (address.startsWith("+")) {
            return international(address.substring(1), address);
        }
        if (ton == TypeOfNumber.INTERNATIONAL.value()) {
            return international(address, address);
        }
        if (address.startsWith("00")) {
            return international(address.substring(2), address);
        }
        if (ton == TypeOfNumber.NATIONAL.value()) {
            return phoneNumbers.toE164(address);
        }
        if (ton == TypeOfNumber.UNKNOWN.value()) {
            try {
                return phoneNumbers.toE164(address);
            } catch (InvalidPhoneNumberException notNational) {
                return international(address, address);
            }
        }
        throw new InvalidPhoneNumberException("deliver_sm source_addr '" + address + "' with TON " + ton
                + " is not a phone number");
    }

    private static String international(String digits, String address) {
        if (!INTERNATIONAL_DIGITS.matcher(digits).matches()) {
            throw new InvalidPhoneNumberException("deliver_sm source_addr '" + address
                    + "' is not an international number");
        }
        return "+" + digits;
    }
}
