package dev.prism.seed;

/**
 * Whether a seeder is due, as seen without running it.
 *
 * @param name the seeder's name
 * @param version the seeder's version
 * @param recordedVersion the version recorded in {@code prism_seeds}, or {@code null} when
 * it never ran
 * @param pending whether seeding would run it now
 * @param reason why it is pending or not, for example {@code "version 2, recorded version 1"}
 */
public record SeederStatus(String name, String version, String recordedVersion, boolean pending, String reason) {

}
