/**
 * SQLite support: Hibernate dialect and connection settings for concurrent use.
 */
package dev.prism.sqlite;
