/**
 * Database lifecycle at startup: migrations, reset and one-shot database commands.
 */
package dev.prism.lifecycle;
