/** Participants' responses: answers, their revision history, and aggregate counts. */
package org.sawt.response;
