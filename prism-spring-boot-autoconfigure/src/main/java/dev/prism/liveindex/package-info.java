/**
 * Unique values among live rows: a startup check for plain unique indexes on the tables
 * of soft-deletable entities.
 */
package dev.prism.liveindex;
