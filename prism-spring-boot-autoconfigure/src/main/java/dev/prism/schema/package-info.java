/**
 * Startup check that the tables of Prism entities have the columns Prism writes
 * ({@code created_at}, {@code updated_at}, {@code deleted_at}), with the failure analyzer
 * that names the changeset to add.
 */
package dev.prism.schema;
