/**
 * Maven goals ({@code prism:status}, {@code prism:migrate}, …) that run an application's
 * Prism database commands in a new JVM, as {@code java -jar app.jar --prism.db.command=…}
 * would.
 */
package dev.prism.maven;
