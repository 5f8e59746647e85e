/**
 * The {@code new-changeset} and {@code generate-changeset} database commands, which write
 * Liquibase formatted-SQL changesets next to the master changelog and include them in it.
 */
package dev.prism.changeset;
