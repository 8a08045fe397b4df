package org.sawt.contact;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sawt.shared.FieldErrors;

/**
 * Reads the contact import CSV one row at a time (RFC 4180: comma separated, optional quotes, {@code ""} inside
 * quotes, line breaks inside quotes). The header names the columns, in any order, case-insensitively.
 */
final class ContactCsvReader {

    private static final List<String> COLUMNS =
            List.of("phone", "email", "telegramChatId", "language", "birthYear", "gender");
    private static final int PHONE = 0;
    private static final int EMAIL = 1;
    private static final int TELEGRAM = 2;
    private static final int LANGUAGE = 3;
    private static final int BIRTH_YEAR = 4;
    private static final int GENDER = 5;
    private static final int BYTE_ORDER_MARK = '\uFEFF';
    private static final int END = -1;

    private final BufferedReader in;
    private final int[] positionOf = new int[COLUMNS.size()];
    private int headerSize;
    private int line = 1;
    private int recordLine;

    /** Reads the header; an empty file or a header with unknown or repeated columns is a 400 on {@code csv}. */
    ContactCsvReader(Reader csv) throws IOException {
        in = new BufferedReader(csv);
        in.mark(1);
        if (in.read() != BYTE_ORDER_MARK) {
            in.reset();
        }
        FieldErrors errors = new FieldErrors();
        try {
            List<String> header = nextRecord();
            if (errors.check(header != null, "csv", "is empty; its first line must name the columns, from "
                    + String.join(", ", COLUMNS))) {
                readHeader(header, errors);
            }
        } catch (MalformedRowException e) {
            errors.add("csv", "the header " + e.getMessage());
        }
        errors.throwIfAny();
    }

    /** A data row with the line it starts on (the header is line 1). */
    record Row(int line, NewContact contact) {
    }

    /** A row that is not valid CSV or does not match the header; reading goes on with the next row. */
    static final class MalformedRowException extends Exception {
        private final int line;

        MalformedRowException(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    /** The next data row, or null at the end of the input. Blank lines are skipped. */
    Row next() throws IOException, MalformedRowException {
        List<String> fields = nextRecord();
        if (fields == null) {
            return null;
        }
        if (fields.size() != headerSize) {
            throw new MalformedRowException(recordLine,
                    "has " + fields.size() + " fields but the header has " + headerSize);
        }
        return new Row(recordLine, new NewContact(field(fields, PHONE), field(fields, TELEGRAM),
                field(fields, EMAIL), field(fields, LANGUAGE), birthYear(field(fields, BIRTH_YEAR)),
                field(fields, GENDER)));
    }

    /** A year of birth written in the row; blank is not stated, anything but digits makes the row malformed. */
    private Integer birthYear(String written) throws MalformedRowException {
        if (written == null || written.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(written.strip());
        } catch (NumberFormatException e) {
            throw new MalformedRowException(recordLine, "birthYear: '" + written.strip() + "' is not a year");
        }
    }

    private void readHeader(List<String> header, FieldErrors errors) {
        Arrays.fill(positionOf, -1);
        headerSize = header.size();
        List<String> unknown = new ArrayList<>();
        for (int position = 0; position < header.size(); position++) {
            String name = header.get(position).strip();
            int column = columnNamed(name);
            if (column < 0) {
                unknown.add("'" + name + "'");
            } else if (errors.check(positionOf[column] < 0, "csv", "column " + name + " appears twice")) {
                positionOf[column] = position;
            }
        }
        errors.check(unknown.isEmpty(), "csv", "has unknown columns " + String.join(", ", unknown)
                + "; the columns are " + String.join(", ", COLUMNS));
        errors.check(positionOf[PHONE] >= 0 || positionOf[EMAIL] >= 0 || positionOf[TELEGRAM] >= 0, "csv",
                "needs at least one of the columns phone, email, telegramChatId");
    }

    private static int columnNamed(String name) {
        for (int column = 0; column < COLUMNS.size(); column++) {
            if (COLUMNS.get(column).equalsIgnoreCase(name)) {
                return column;
            }
        }
        return -1;
    }

    private String field(List<String> fields, int column) {
        return positionOf[column] < 0 ? null : fields.get(positionOf[column]);
    }

    /** The fields of the next non-blank record, or null at the end of the input; sets {@code recordLine}. */
    private List<String> nextRecord() throws IOException, MalformedRowException {
        int c;
        do {
            recordLine = line;
            c = read();
        } while (c == '\n');
        if (c == END) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (c == '"' && field.length() == 0) {
                c = readQuotedInto(field);
                if (c != ',' && c != '\n' && c != END) {
                    skipRestOfRecord();
                    throw new MalformedRowException(recordLine,
                            "has text after the closing quote of field " + (fields.size() + 1));
                }
            }
            if (c == ',' || c == '\n' || c == END) {
                fields.add(field.toString());
                field.setLength(0);
                if (c != ',') {
                    return fields;
                }
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    /** Reads a quoted field's content up to its closing quote; returns the character after that quote. */
    private int readQuotedInto(StringBuilder field) throws IOException, MalformedRowException {
        while (true) {
            int c = read();
            if (c == END) {
                throw new MalformedRowException(recordLine, "has a quoted field that is never closed");
            }
            if (c == '"') {
                c = read();
                if (c != '"') {
                    return c;
                }
            }
            field.append((char) c);
        }
    }

    private void skipRestOfRecord() throws IOException {
        int c;
        do {
            c = read();
        } while (c != '\n' && c != END);
    }

    /** One character, with CRLF and a lone CR read as LF, counting lines. */
    private int read() throws IOException {
        int c = in.read();
        if (c == '\r') {
            in.mark(1);
            if (in.read() != '\n') {
                in.reset();
            }
            c = '\n';
        }
        if (c == '\n') {
            line++;
        }
        return c;
    }
}
