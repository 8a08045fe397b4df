package org.sawt.export;

import java.util.Locale;

/** How an export is written: CSV (optionally with a byte order mark, so Excel reads it as UTF-8) or NDJSON. */
enum ExportFormat {
    CSV("text/csv;charset=UTF-8"), NDJSON("application/x-ndjson;charset=UTF-8");

    private final String contentType;

    ExportFormat(String contentType) {
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
