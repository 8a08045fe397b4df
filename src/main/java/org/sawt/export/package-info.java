/**
 * Exports of an engagement's responses and results as CSV and NDJSON, streamed from a database cursor in bounded
 * memory; participants appear as per-engagement pseudonyms and demographics only as bands.
 */
package org.sawt.export;
