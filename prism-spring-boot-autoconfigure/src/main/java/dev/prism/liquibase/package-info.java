/**
 * Liquibase extensions that let one changelog work on PostgreSQL and SQLite.
 */
package dev.prism.liquibase;
