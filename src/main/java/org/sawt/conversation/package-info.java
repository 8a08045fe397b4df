/** The conversation engine: sessions in Redis, reply parsing, prompts and confirmations in four languages. */
package org.sawt.conversation;
