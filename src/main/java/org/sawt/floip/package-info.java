/**
 * The FLOIP Flow Results API: every engagement as a Flow Results package (a Data Package whose one resource
 * describes the questions) and its answers as Flow Results rows, with participants as per-engagement pseudonyms.
 */
package org.sawt.floip;
