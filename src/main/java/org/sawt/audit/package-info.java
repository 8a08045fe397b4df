/** Tamper-evident, hash-chained audit log of every change made through the gateway. */
package org.sawt.audit;
