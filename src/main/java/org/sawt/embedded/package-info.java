/** Embedded PostgreSQL and Redis for a gateway started with nothing configured (demo, development, tests). */
package org.sawt.embedded;
