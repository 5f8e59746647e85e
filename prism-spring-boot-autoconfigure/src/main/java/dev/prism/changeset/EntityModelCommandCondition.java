package dev.prism.changeset;

import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches a run whose {@code prism.db.command} compares the JPA entities with the
 * changelog: {@code generate-changeset}, {@code check}, {@code init}, and {@code migrate}
 * with a {@code prism.db.message}.
 */
class EntityModelCommandCondition extends SpringBootCondition {

	private static final Set<String> COMMANDS = Set.of(GenerateChangesetCommand.NAME, CheckCommand.NAME,
			InitCommand.NAME);

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment environment = context.getEnvironment();
		String command = environment.getProperty("prism.db.command");
		boolean matches = (command != null && COMMANDS.contains(command)) || (MigrateCommand.NAME.equals(command)
				&& StringUtils.hasText(environment.getProperty("prism.db.message")));
		return matches ? ConditionOutcome.match("prism.db.command " + command + " compares the JPA entities")
				: ConditionOutcome.noMatch("prism.db.command is not a command that compares the JPA entities");
	}

}
