package org.sawt.contact;

import java.util.List;

/** What a CSV import did: contacts created, existing contacts updated, and each rejected row. */
public record ImportReport(int created, int updated, List<RowError> rejected) {

    /** A row that was not imported: its line in the file (the header is line 1) and why. */
    public record RowError(int line, String message) {
    }
}
