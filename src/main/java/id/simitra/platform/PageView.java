package id.simitra.platform;

import java.util.List;

import org.springframework.data.domain.Page;

/** One page of a list, with what templates need for the pager. */
public record PageView<T>(List<T> items, int number, int totalPages, long totalItems) {

	public static <T> PageView<T> of(Page<T> page) {
		return new PageView<>(page.getContent(), page.getNumber(), page.getTotalPages(), page.getTotalElements());
	}

	public boolean isEmpty() {
		return items.isEmpty();
	}

	public boolean hasPrevious() {
		return number > 0;
	}

	public boolean hasNext() {
		return number + 1 < totalPages;
	}

}
