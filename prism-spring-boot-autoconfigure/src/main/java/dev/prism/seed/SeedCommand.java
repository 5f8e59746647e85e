package dev.prism.seed;

import java.io.PrintWriter;
import java.util.List;

import dev.prism.lifecycle.DatabaseCommand;

/**
 * The {@code seed} database command: runs the {@link SeedRunner} and prints which seeders
 * ran and which were skipped, and why.
 */
public class SeedCommand implements DatabaseCommand {

	private final SeedRunner seedRunner;

	/**
	 * Create a new command.
	 * @param seedRunner the runner to run
	 */
	public SeedCommand(SeedRunner seedRunner) {
		this.seedRunner = seedRunner;
	}

	@Override
	public String name() {
		return "seed";
	}

	@Override
	public String description() {
		return "run the PrismSeeder beans that have not run at their current version";
	}

	@Override
	public void run(PrintWriter out) {
		List<SeedResult> results = this.seedRunner.seed();
		if (results.isEmpty()) {
			out.println("No PrismSeeder beans to run.");
			return;
		}
		results.forEach(out::println);
		long ran = results.stream().filter(SeedResult::ran).count();
		out.printf("%d seeder(s) ran, %d skipped.%n", ran, results.size() - ran);
	}

}
