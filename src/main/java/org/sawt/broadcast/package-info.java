/** Broadcasts: inviting an audience to an engagement over one or more channels, and their delivery progress. */
package org.sawt.broadcast;
