/** Engagement results: participants and counts per question option. */
package org.sawt.results;
