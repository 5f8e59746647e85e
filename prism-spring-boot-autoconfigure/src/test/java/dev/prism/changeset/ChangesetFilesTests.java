package dev.prism.changeset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import dev.prism.test.FailureAnalyses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ChangesetFilesTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-31T09:15:00Z"), ZoneOffset.UTC);

	@TempDir
	Path project;

	@Test
	void slugsMessage() {
		assertThat(ChangesetFiles.slug("  Add customer status field! ")).isEqualTo("add_customer_status_field");
		assertThat(ChangesetFiles.slug("Créer l'index « clients »")).isEqualTo("creer_l_index_clients");
		assertThat(ChangesetFiles.slug("x".repeat(80))).hasSize(60);
	}

	@Test
	void resolvesClasspathChangelogUnderSrcMainResources() throws Exception {
		Path master = write("src/main/resources/db/changelog/db.changelog-master.yaml", "databaseChangeLog: []\n");
		ChangesetFiles files = new ChangesetFiles("classpath:/db/changelog/db.changelog-master.yaml", null,
				this.project, CLOCK, null);
		assertThat(files.masterChangelog()).isEqualTo(master);
		Path changeset = files.write("add customer status", "-- header\n", "SELECT 1;\n");
		assertThat(changeset).isEqualTo(master.resolveSibling("20260131091500_add_customer_status.sql"));
		assertThat(Files.readString(changeset)).isEqualTo("""
				--liquibase formatted sql
				-- header

				--changeset %s:20260131091500-add_customer_status
				--comment: add customer status
				SELECT 1;
				""".formatted(System.getProperty("user.name")));
		assertThat(Files.readString(master)).isEqualTo("""
				databaseChangeLog:
				  - include:
				      file: 20260131091500_add_customer_status.sql
				      relativeToChangelogFile: true
				""");
	}

	@Test
	void usesDefaultChangelogWhenNoneIsSet() throws Exception {
		Path master = write("src/main/resources/db/changelog/db.changelog-master.yaml", "databaseChangeLog:\n");
		assertThat(new ChangesetFiles(null, null, this.project, CLOCK, null).masterChangelog()).isEqualTo(master);
	}

	@Test
	void keepsYamlIndentation() throws Exception {
		Path master = write("changelog/master.yml", """
				databaseChangeLog:
				    - include:
				          file: 001_init.sql
				          relativeToChangelogFile: true""");
		new ChangesetFiles("classpath:db/master.yml", Path.of("changelog"), this.project, CLOCK, null).write("two", "", "");
		assertThat(Files.readString(master)).isEqualTo("""
				databaseChangeLog:
				    - include:
				          file: 001_init.sql
				          relativeToChangelogFile: true
				    - include:
				        file: 20260131091500_two.sql
				        relativeToChangelogFile: true
				""");
	}

	@Test
	void addsIncludeToXmlChangelog() throws Exception {
		Path master = write("db/master.xml", """
				<?xml version="1.0" encoding="UTF-8"?>
				<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
				  <include file="001_init.sql" relativeToChangelogFile="true"/>
				</databaseChangeLog>
				""");
		new ChangesetFiles("file:db/master.xml", null, this.project, CLOCK, null).write("two", "", "");
		assertThat(Files.readString(master)).isEqualTo("""
				<?xml version="1.0" encoding="UTF-8"?>
				<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
				  <include file="001_init.sql" relativeToChangelogFile="true"/>
				  <include file="20260131091500_two.sql" relativeToChangelogFile="true"/>
				</databaseChangeLog>
				""");
	}

	@Test
	void missingMasterChangelogFailsWithWhereItLooked() {
		ChangesetFiles files = new ChangesetFiles("classpath:db/changelog/master.yaml", null, this.project, CLOCK, null);
		assertThatExceptionOfType(ChangesetException.class).isThrownBy(() -> files.write("x", "", ""))
			.satisfies((ex) -> {
				FailureAnalysis analysis = FailureAnalyses.analyze(ex);
				assertThat(analysis.getDescription()).isEqualTo("Master changelog classpath:db/changelog/master.yaml "
						+ "not found at " + this.project.resolve("src/main/resources/db/changelog/master.yaml"));
				assertThat(analysis.getAction()).isEqualTo("Run the command from the project's directory. Set "
						+ "prism.db.changelog-directory to the directory that holds the master changelog on disk.");
			});
	}

	@Test
	void unsupportedMasterFormatFailsBeforeWritingAnything() throws Exception {
		write("db/master.json", "{}");
		ChangesetFiles files = new ChangesetFiles("file:db/master.json", null, this.project, CLOCK, null);
		assertThatExceptionOfType(ChangesetException.class).isThrownBy(() -> files.write("x", "", ""))
			.withMessageEndingWith("only YAML and XML master changelogs are supported");
		assertThat(this.project.resolve("db")).isDirectoryNotContaining("glob:**.sql");
	}

	@Test
	void messageWithoutLettersFails() {
		assertThatExceptionOfType(ChangesetException.class).isThrownBy(() -> ChangesetFiles.slug(" !? "))
			.satisfies((ex) -> assertThat(ex.getAction()).isEqualTo("Set prism.db.message to what the changeset "
					+ "does, for example --prism.db.message=\"add customer status field\"."));
	}

	private Path write(String path, String content) throws Exception {
		Path file = this.project.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
		return file;
	}

}
