/**
 * Idempotency-Key on POST (IETF httpapi draft "The Idempotency-Key HTTP Header Field"): a retried request returns
 * the first one's answer without doing the work again, across instances (the outcome is kept in PostgreSQL).
 */
package org.sawt.idempotency;
