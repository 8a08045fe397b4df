/**
 * Webhooks after the Standard Webhooks specification: subscriptions per agency or platform-wide, signed
 * deliveries in order per engagement with retries, backoff and dead letters, and leases that keep several
 * instances from delivering the same event at once.
 */
package org.sawt.webhook;
