/**
 * The {@code info} database command: what Prism knows about the database, for
 * troubleshooting.
 */
package dev.prism.info;
