/**
 * Seeding: {@link dev.prism.seed.PrismSeeder} beans insert data, the
 * {@link dev.prism.seed.SeedRunner} runs each once per version in its own transaction and
 * records it in the {@code prism_seeds} table.
 */
package dev.prism.seed;
