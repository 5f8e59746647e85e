/**
 * Retention: removing rows that were soft deleted longer ago than a retention period.
 */
package dev.prism.prune;
