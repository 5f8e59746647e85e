/**
 * PostgreSQL support: a Hibernate dialect whose limited queries PostgreSQL can keep a
 * generic plan for.
 */
package dev.prism.postgresql;
