package org.sawt.contact;

import java.util.List;

/** One page of an agency's contacts, newest first; {@code nextCursor} is null on the last page. */
public record ContactPage(List<Contact> items, String nextCursor) {
}
