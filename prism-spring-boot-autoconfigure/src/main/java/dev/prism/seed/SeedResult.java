package dev.prism.seed;

/**
 * What happened to one seeder during a seeding run.
 *
 * @param name the seeder's name
 * @param version the seeder's version
 * @param ran whether the seeder ran; {@code false} when it was skipped
 * @param reason why it ran or was skipped, for example {@code "first run"} or
 * {@code "version 1 already applied"}
 */
public record SeedResult(String name, String version, boolean ran, String reason) {

	@Override
	public String toString() {
		return String.format("%-8s %s (%s)", this.ran ? "ran" : "skipped", this.name, this.reason);
	}

}
