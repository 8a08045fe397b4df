/**
 * The deployment's own keys (from the operator's environment, or generated once and kept in the database for every
 * instance) and the sealing of secrets stored in the database under one of them.
 */
package org.sawt.secret;
