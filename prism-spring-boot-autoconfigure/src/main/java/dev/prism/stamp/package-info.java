/**
 * The environment stamp: the profiles a database was first migrated under, recorded in the
 * database, so that destructive operations refuse a production database wherever they are
 * run from.
 */
package dev.prism.stamp;
