/**
 * What may leave the gateway about a person: participant pseudonyms keyed per engagement, and demographics only
 * as bands.
 */
package org.sawt.privacy;
