/**
 * Spring Data JPA repositories with soft delete, restore, hard delete and bulk operations.
 */
package dev.prism.repository;
