package dev.prism.sample;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * A page of results with a stable JSON shape.
 *
 * @param content the items on this page
 * @param page the zero-based page number
 * @param size the requested page size
 * @param totalElements the number of items on all pages
 * @param totalPages the number of pages
 * @param <T> the item type
 */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

	static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
		return new PageResponse<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.getTotalPages());
	}

}
