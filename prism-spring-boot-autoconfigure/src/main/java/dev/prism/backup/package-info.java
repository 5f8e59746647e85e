/**
 * Backups: the {@code backup} and {@code restore} database commands and a backup before
 * pending changesets are applied.
 */
package dev.prism.backup;
