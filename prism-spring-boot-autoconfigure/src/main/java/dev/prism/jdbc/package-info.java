/**
 * JDBC settings from a {@code DATABASE_URL} in the form that Heroku, Render, Railway and
 * Python applications use.
 */
package dev.prism.jdbc;
