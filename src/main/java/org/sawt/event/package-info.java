/**
 * Events about engagements for the portal: the transactional outbox written with each change, the sequencer that
 * orders committed events into a stream, their CloudEvents envelope and JSON Schemas, results snapshots, and the
 * polling API.
 */
package org.sawt.event;
