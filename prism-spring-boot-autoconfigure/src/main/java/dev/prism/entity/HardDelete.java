package dev.prism.entity;

import java.util.function.Supplier;

/**
 * Marks the current thread as removing rows for good: while an action runs here, deletes
 * of {@link SoftDeletable} entities remove their rows instead of setting
 * {@code deleted_at}. The repository's {@code hardDelete…} methods use it; it is the only
 * way a JPA delete removes a soft-deletable row.
 */
public final class HardDelete {

	private static final ThreadLocal<Boolean> active = new ThreadLocal<>();

	private HardDelete() {
	}

	/**
	 * Run the action with hard deletes. Flush pending changes before, and flush inside the
	 * action, so that only the action's own deletes are executed as hard deletes.
	 * @param action the action
	 * @param <R> the result type
	 * @return the action's result
	 */
	public static <R> R run(Supplier<R> action) {
		Boolean previous = active.get();
		active.set(Boolean.TRUE);
		try {
			return action.get();
		}
		finally {
			if (previous == null) {
				active.remove();
			}
		}
	}

	/**
	 * Return whether the current thread runs a hard delete.
	 * @return {@code true} inside {@link #run(Supplier)}
	 */
	public static boolean isActive() {
		return active.get() != null;
	}

}
