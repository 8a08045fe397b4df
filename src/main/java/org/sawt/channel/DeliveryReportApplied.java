package org.sawt.channel;

/**
 * Published when a provider's delivery report changed a message we sent: as it arrived, or when the message's
 * provider id was stored after the report had come (an early report). Channels react here, not at the report's
 * arrival, so an early report has the same consequences as one on time.
 */
public record DeliveryReportApplied(OutboundMessage message, Outbox.Status status, String error) {
}
