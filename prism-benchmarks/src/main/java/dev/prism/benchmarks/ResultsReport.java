package dev.prism.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * Renders a run's results as Markdown: each target with the ratio of Prism to its baseline
 * measured in the same run, every raw score, the statement counts and the environment.
 */
final class ResultsReport {

	private static final List<String> READS = List.of("findById", "findAllPage", "findDeepPage", "findByEmail", "count", "scroll");

	private static final List<String> BULK = List.of("softDelete", "restore", "hardDelete", "cascadeSoftDelete");

	private static final Target P1 = new Target("≤ 1.05, upper end ≤ 1.15", 1.05, 1.15);

	private static final Target P2 = new Target("≤ 1.25", 1.25, 1.25);

	private static final Target P3_POSTGRES = new Target("≤ 0.5 (2× faster)", 0.5, 0.5);

	private static final Target P3_SQLITE = new Target("≤ 1.15", 1.15, 1.15);

	private static final Target P4 = new Target("≤ 1.10", 1.10, 1.10);

	private static final Target P5 = new Target("≤ 1.10", 1.10, 1.10);

	private static final Target NONE = new Target("none, for comparison", Double.NaN, Double.NaN);

	private final Environment environment;

	private final Map<BenchmarkDatabase, String> versions;

	private final Map<BenchmarkDatabase, Map<String, StatementCounts.Count>> statements;

	private final Map<String, Result<?>> scores = new LinkedHashMap<>();

	private final Duration took;

	ResultsReport(Environment environment, Map<BenchmarkDatabase, String> versions,
			Map<BenchmarkDatabase, Map<String, StatementCounts.Count>> statements, Collection<RunResult> results, Duration took) {
		this.environment = environment;
		this.versions = versions;
		this.statements = statements;
		this.took = took;
		for (RunResult result : results) {
			String benchmark = result.getParams().getBenchmark();
			this.scores.put(key(benchmark.substring(benchmark.lastIndexOf('.') + 1),
					BenchmarkDatabase.of(result.getParams().getParam("database"))), result.getPrimaryResult());
		}
	}

	String toMarkdown() {
		StringBuilder out = new StringBuilder();
		out.append("# Prism benchmark results\n\n");
		out.append(("Run finished %s, took %d min, %,d rows a table. Lower time is better; every ratio divides two "
				+ "scores measured in this run. The interval of a ratio runs from the lowest Prism score over the "
				+ "highest baseline score to the highest over the lowest, each score ± its 99.9%% error. A target "
				+ "is met when the whole interval satisfies it, missed when none of it does, and otherwise not "
				+ "separable from noise.\n\n")
			.formatted(Instant.now().truncatedTo(ChronoUnit.SECONDS), this.took.toMinutes(), Rows.COUNT));
		out.append("## Targets\n\n");
		out.append("| id | operation | database | Prism | baseline | ratio | 99.9% interval | target | verdict |\n");
		out.append("|---|---|---|---|---|---|---|---|---|\n");
		for (BenchmarkDatabase database : this.versions.keySet()) {
			for (String read : READS) {
				ratioRow(out, "P1", read, database, read + "_prism", read + "_plain", P1);
			}
			for (String bulk : BULK) {
				ratioRow(out, "P2", bulk + " vs the same statements over JDBC", database, bulk + "_prism",
						bulk + "_jdbc", P2);
			}
			ratioRow(out, "(P2)", "stock deleteAllById vs the JDBC soft delete", database, "deleteAllById_plain",
					"softDelete_jdbc", NONE);
			ratioRow(out, "P3", "repository.insertAll vs JDBC batch", database, "insertAll_prism", "insertAll_jdbc",
					(database == BenchmarkDatabase.POSTGRES) ? P3_POSTGRES : P3_SQLITE);
			ratioRow(out, "(P3)", "saveAll in one transaction vs JDBC batch", database, "saveAll_prism",
					"insertAll_jdbc", NONE);
			ratioRow(out, "P4", "context start vs plain Boot + Liquibase", database, "start_prism", "start_plain",
					P4);
		}
		for (BenchmarkDatabase database : this.versions.keySet()) {
			ratioRow(out, "P5", "softDelete 10,000 ids with a no-op listener and @DeletedBy vs without", database,
					"softDelete_audited", "softDelete_unaudited", P5);
		}
		out.append("\n## Statements per run (Hibernate statistics)\n\n");
		out.append("| operation | database | ids or rows | statements prepared | per 1,000 |\n|---|---|---|---|---|\n");
		this.statements.forEach((database, counts) -> counts.forEach((name, count) -> out
			.append("| %s | %s | %,d | %,d | %.1f |\n".formatted(name, database.id(), count.rows(),
					count.statements(), count.statements() * 1000.0 / count.rows()))));
		out.append("\n## All scores\n\n| benchmark | database | score | error (99.9%) | unit | samples |\n|---|---|---|---|---|---|\n");
		this.scores.forEach((key, result) -> {
			String[] parts = key.split("@");
			out.append("| %s | %s | %s | %s | %s | %d |\n".formatted(parts[0], parts[1], number(result.getScore()),
					Double.isNaN(result.getScoreError()) ? "-" : number(result.getScoreError()), result.getScoreUnit(),
					result.getSampleCount()));
		});
		out.append("\n## Machine and versions\n\n| | |\n|---|---|\n");
		this.environment.machine().forEach((name, value) -> out.append("| %s | %s |\n".formatted(name, value)));
		out.append("| Load average at end (1/5/15 min) | %s |\n".formatted(Environment.loadAverage()));
		this.versions.forEach((database, version) -> out.append("| %s | %s |\n".formatted(database.id(), version)));
		this.environment.libraries().forEach((name, value) -> out.append("| %s | %s |\n".formatted(name, value)));
		return out.toString();
	}

	private void ratioRow(StringBuilder out, String id, String operation, BenchmarkDatabase database, String prism,
			String baseline, Target target) {
		Result<?> prismScore = this.scores.get(key(prism, database));
		Result<?> baselineScore = this.scores.get(key(baseline, database));
		if (prismScore == null || baselineScore == null) {
			return;
		}
		Ratio ratio = Ratio.of(prismScore.getScore(), error(prismScore), baselineScore.getScore(),
				error(baselineScore));
		out.append("| %s | %s | %s | %s | %s | %.3f | %s | %s | %s |\n".formatted(id, operation, database.id(),
				score(prismScore), score(baselineScore), ratio.value(), ratio.interval(), target.text(),
				target.verdict(ratio)));
	}

	private static double error(Result<?> result) {
		return Double.isNaN(result.getScoreError()) ? 0 : result.getScoreError();
	}

	/**
	 * The ratio of two scores, with the interval their 99.9% errors allow.
	 */
	record Ratio(double value, double low, double high) {

		static Ratio of(double score, double error, double baseline, double baselineError) {
			double high = (baseline - baselineError > 0) ? (score + error) / (baseline - baselineError)
					: Double.POSITIVE_INFINITY;
			return new Ratio(score / baseline, Math.max(0, score - error) / (baseline + baselineError), high);
		}

		String interval() {
			return "%.3f – %s".formatted(this.low,
					Double.isInfinite(this.high) ? "∞" : "%.3f".formatted(this.high));
		}

	}

	/**
	 * A target on a ratio: at most {@code limit}, with the interval's upper end at most
	 * {@code upperLimit}.
	 */
	record Target(String text, double limit, double upperLimit) {

		String verdict(Ratio ratio) {
			if (Double.isNaN(this.limit)) {
				return "-";
			}
			if (ratio.value() <= this.limit && ratio.high() <= this.upperLimit) {
				return "met";
			}
			return (ratio.low() > this.limit) ? "**not met**" : "not separable from noise";
		}

	}

	private static String key(String method, BenchmarkDatabase database) {
		return method + "@" + database.id();
	}

	private static String score(Result<?> result) {
		return number(result.getScore()) + " " + result.getScoreUnit();
	}

	private static String number(double value) {
		return (value >= 100) ? "%,.0f".formatted(value) : (value >= 10) ? "%.1f".formatted(value) : "%.2f".formatted(value);
	}

}
