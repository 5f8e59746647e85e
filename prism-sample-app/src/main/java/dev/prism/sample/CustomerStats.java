package dev.prism.sample;

/**
 * Customer counts.
 *
 * @param live customers that are not deleted
 * @param deleted soft-deleted customers
 * @param total all rows, deleted or not
 * @param active live customers whose status is {@value Customer#ACTIVE}
 */
public record CustomerStats(long live, long deleted, long total, long active) {

}
