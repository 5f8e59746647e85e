/**
 * Entity base classes and contracts for soft delete and timestamps.
 */
package dev.prism.entity;
