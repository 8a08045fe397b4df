/** Agencies (tenants), API keys and the authentication that turns a key into a caller. */
package org.sawt.access;
