package dev.prism.sample;

/**
 * The result of a bulk operation.
 *
 * @param count the number of rows changed
 */
public record BulkResponse(int count) {

}
