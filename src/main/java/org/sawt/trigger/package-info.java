/**
 * Triggers from other platforms: a citizen's completed transaction (a service code and an address) sends the
 * agency's configured follow-up engagement on the best channel for that person, once per trigger id, respecting
 * opt-out and the deployment's quiet hours.
 */
package org.sawt.trigger;
