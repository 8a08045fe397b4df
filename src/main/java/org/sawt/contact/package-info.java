/** Contacts (participants) of each agency: addresses, language, opt-out state and its history, CSV import. */
package org.sawt.contact;
