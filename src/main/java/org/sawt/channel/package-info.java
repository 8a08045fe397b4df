/**
 * The boundary to the outside: the adapter contract every channel implements, the inbound log, the outbox
 * and the dead letters; one sub-package per channel adapter.
 */
package org.sawt.channel;
