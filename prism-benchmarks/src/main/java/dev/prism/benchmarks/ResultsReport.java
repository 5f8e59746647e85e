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

	private static final List<String> READS = List.of("findById", "findAllPage", "findByEmail", "count");

	private static final List<String> BULK = List.of("softDelete", "restore", "hardDelete");

	private final Environment environment;

	private final Map<BenchmarkDatabase, String> versions;

	private final Map<BenchmarkDatabase, Map<String, Long>> statements;

	private final Map<String, Result<?>> scores = new LinkedHashMap<>();

	private final Duration took;

	ResultsReport(Environment environment, Map<BenchmarkDatabase, String> versions,
			Map<BenchmarkDatabase, Map<String, Long>> statements, Collection<RunResult> results, Duration took) {
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
		out.append("Run finished %s, took %d min. Lower time is better; every ratio divides two scores measured in this run.\n\n"
			.formatted(Instant.now().truncatedTo(ChronoUnit.SECONDS), this.took.toMinutes()));
		out.append("## Targets\n\n");
		out.append("| id | operation | database | Prism | baseline | ratio | target | met |\n");
		out.append("|---|---|---|---|---|---|---|---|\n");
		for (BenchmarkDatabase database : this.versions.keySet()) {
			for (String read : READS) {
				ratioRow(out, "P1", read, database, read + "_prism", read + "_plain", "≤ 1.05", 1.05);
			}
		}
		for (BenchmarkDatabase database : this.versions.keySet()) {
			for (String bulk : BULK) {
				speedupRow(out, bulk, database);
			}
			floorRow(out, database);
		}
		for (BenchmarkDatabase database : this.versions.keySet()) {
			ratioRow(out, "P3", "repository.insertAll 100,000 vs JDBC batch", database, "insertAll_prism",
					"jdbcBatch_baseline", "≤ 1.5", 1.5);
			ratioRow(out, "(P3)", "saveAll 100,000 in one transaction vs JDBC batch", database, "saveAll_prism",
					"jdbcBatch_baseline", "none, for comparison", Double.MAX_VALUE);
		}
		for (BenchmarkDatabase database : this.versions.keySet()) {
			ratioRow(out, "P4", "context start vs plain Boot + Liquibase", database, "start_prism", "start_plain",
					"≤ 1.10", 1.10);
		}
		for (BenchmarkDatabase database : this.versions.keySet()) {
			ratioRow(out, "P5", "softDelete 10,000 ids with a no-op listener and @DeletedBy vs without", database,
					"softDelete_audited", "softDelete_unaudited", "≤ 1.10", 1.10);
		}
		out.append("\n## Statements per run (Hibernate statistics)\n\n");
		out.append("| operation | database | ids or rows | statements prepared | per 1,000 |\n|---|---|---|---|---|\n");
		this.statements.forEach((database, counts) -> counts.forEach((name, count) -> out
			.append("| %s | %s | %,d | %,d | %.1f |\n".formatted(name, database.id(), Rows.BULK_IDS, count,
					count * 1000.0 / Rows.BULK_IDS))));
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
			String baseline, String target, double limit) {
		Result<?> prismScore = this.scores.get(key(prism, database));
		Result<?> baselineScore = this.scores.get(key(baseline, database));
		if (prismScore == null || baselineScore == null) {
			return;
		}
		double ratio = prismScore.getScore() / baselineScore.getScore();
		String met = (limit == Double.MAX_VALUE) ? "-" : (ratio <= limit) ? "yes" : "**no**";
		out.append("| %s | %s | %s | %s | %s | %.3f | %s | %s |\n".formatted(id, operation, database.id(),
				score(prismScore), score(baselineScore), ratio, target, met));
	}

	private void speedupRow(StringBuilder out, String operation, BenchmarkDatabase database) {
		Result<?> prismScore = this.scores.get(key(operation + "_prism", database));
		Result<?> baselineScore = this.scores.get(key("deleteAllById_plain", database));
		if (prismScore == null || baselineScore == null) {
			return;
		}
		double speedup = baselineScore.getScore() / prismScore.getScore();
		Long count = this.statements.getOrDefault(database, Map.of()).get(operation + "_prism");
		double perThousand = (count != null) ? count * 1000.0 / Rows.BULK_IDS : Double.NaN;
		boolean met = speedup >= 50 && perThousand <= 1;
		out.append("| P2 | %s 10,000 ids vs deleteAllById | %s | %s | %s | %.0f× faster, %.1f statements per 1,000 ids | ≥ 50×, ≤ 1 per 1,000 | %s |\n"
			.formatted(operation, database.id(), score(prismScore), score(baselineScore), speedup, perThousand,
					met ? "yes" : "**no**"));
	}

	/**
	 * The same soft delete over raw JDBC: the largest speedup the database allows.
	 */
	private void floorRow(StringBuilder out, BenchmarkDatabase database) {
		Result<?> floor = this.scores.get(key("softDelete_jdbc", database));
		Result<?> baselineScore = this.scores.get(key("deleteAllById_plain", database));
		if (floor == null || baselineScore == null) {
			return;
		}
		out.append("| (P2) | raw JDBC soft delete 10,000 ids vs deleteAllById (the floor) | %s | %s | %s | %.0f× faster | none, for comparison | - |\n"
			.formatted(database.id(), score(floor), score(baselineScore),
					baselineScore.getScore() / floor.getScore()));
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
