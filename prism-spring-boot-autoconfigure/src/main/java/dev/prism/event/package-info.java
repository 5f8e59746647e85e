/**
 * Application events that Prism publishes when rows of soft-deletable entities are soft
 * deleted, restored, removed for good or pruned.
 */
package dev.prism.event;
