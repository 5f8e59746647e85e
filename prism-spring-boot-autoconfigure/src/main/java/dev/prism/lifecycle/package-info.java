/**
 * Prism's database lifecycle: Liquibase migrations applied before anything uses the
 * database, reset, one-shot database commands ({@code prism.db.command}), the migration
 * lock and the failure analyzers that explain what went wrong.
 */
package dev.prism.lifecycle;
