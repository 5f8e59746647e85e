package dev.prism.changeset;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.prism.liquibase.CreateLiveUniqueIndexChange;
import liquibase.change.Change;
import liquibase.change.core.DropIndexChange;
import liquibase.database.core.SQLiteDatabase;
import liquibase.diff.DiffGeneratorFactory;
import liquibase.diff.DiffResult;
import liquibase.diff.Difference;
import liquibase.diff.ObjectDifferences;
import liquibase.diff.compare.CompareControl;
import liquibase.diff.compare.CompareControl.SchemaComparison;
import liquibase.diff.output.DiffOutputControl;
import liquibase.diff.output.changelog.DiffToChangeLog;
import liquibase.exception.LiquibaseException;
import liquibase.snapshot.DatabaseSnapshot;
import liquibase.snapshot.SnapshotControl;
import liquibase.snapshot.SnapshotGeneratorFactory;
import liquibase.structure.DatabaseObject;
import liquibase.structure.core.Column;
import liquibase.structure.core.DataType;
import liquibase.structure.core.ForeignKey;
import liquibase.structure.core.Index;
import liquibase.structure.core.PrimaryKey;
import liquibase.structure.core.Relation;
import liquibase.structure.core.Sequence;
import liquibase.structure.core.Table;
import liquibase.structure.core.UniqueConstraint;

/**
 * Compares the schema that the JPA entities map to with the schema that the changelog
 * builds, both built in {@link ScratchDatabase scratch databases} of the application's
 * kind, with Liquibase's diff, and turns every difference into Liquibase changes with their
 * rollback: the changes that Liquibase generates for the difference, and as rollback the
 * changes it generates for the same difference seen the other way round.
 * <p>
 * Prism adjusts the comparison to soft delete: a unique constraint of a soft-deletable
 * entity is a {@code createLiveUniqueIndex}, and the partial indexes of the changelog
 * (such as {@code createLiveIndex} creates, which JPA cannot declare) are kept.
 * Differences that lose data, may fail on existing rows, or look like renames carry
 * review notes.
 */
final class SchemaDiff {

	@SuppressWarnings("unchecked")
	private static final Class<? extends DatabaseObject>[] TYPES = new Class[] { Table.class, Column.class,
			PrimaryKey.class, UniqueConstraint.class, Index.class, ForeignKey.class, Sequence.class };

	private static final List<Class<? extends DatabaseObject>> CREATE_ORDER = List.of(Sequence.class, Table.class,
			Column.class, PrimaryKey.class, UniqueConstraint.class, Index.class, ForeignKey.class);

	private final ScratchDatabase model;

	private final ScratchDatabase changelog;

	private final Set<String> ignoredTables;

	private final Set<String> softDeletableTables;

	private final PortableTypes portableTypes;

	/**
	 * Create a new instance.
	 * @param model the scratch database built from the JPA entities
	 * @param changelog the scratch database built by the changelog
	 * @param ignoredTables the tables left out of the comparison, in lower case:
	 * Liquibase's and Prism's own
	 * @param softDeletableTables the tables of soft-deletable entities, in lower case
	 * @param portableTypes the entities' column types, for the generated changes
	 */
	SchemaDiff(ScratchDatabase model, ScratchDatabase changelog, Set<String> ignoredTables,
			Set<String> softDeletableTables, PortableTypes portableTypes) {
		this.model = model;
		this.changelog = changelog;
		this.ignoredTables = ignoredTables;
		this.softDeletableTables = softDeletableTables;
		this.portableTypes = portableTypes;
	}

	/**
	 * Compare the two schemas.
	 * @return the differences, in the order their changes can be applied: creations
	 * first, then changes, then drops
	 * @throws LiquibaseException when a schema cannot be read or compared
	 * @throws SQLException when the changelog's partial indexes cannot be read
	 */
	List<SchemaDifference> differences() throws LiquibaseException, SQLException {
		DatabaseSnapshot modelSnapshot = snapshot(this.model);
		DatabaseSnapshot changelogSnapshot = snapshot(this.changelog);
		CompareControl forward = compareControl(this.model, this.changelog);
		CompareControl backward = compareControl(this.changelog, this.model);
		DiffResult diff = DiffGeneratorFactory.getInstance().compare(modelSnapshot, changelogSnapshot, forward);
		Set<String> partialIndexes = this.changelog.partialIndexes();
		Set<String> modelConstraintIndexes = constraintIndexes(modelSnapshot);
		Set<String> changelogConstraintIndexes = constraintIndexes(changelogSnapshot);
		Set<String> createdTables = names(diff.getMissingObjects(Table.class));
		Set<String> droppedTables = names(diff.getUnexpectedObjects(Table.class));
		List<SchemaDifference> creations = new ArrayList<>();
		List<SchemaDifference> changes = new ArrayList<>();
		List<SchemaDifference> drops = new ArrayList<>();
		for (Class<? extends DatabaseObject> type : CREATE_ORDER) {
			for (DatabaseObject object : sorted(diff.getMissingObjects(type))) {
				boolean inCreatedTable = object instanceof Column || object instanceof PrimaryKey;
				if (isCompared(object, inCreatedTable ? createdTables : Set.of())
						&& !isConstraintIndex(object, modelConstraintIndexes)) {
					creations.add(created(object, changelogSnapshot, modelSnapshot, forward, backward));
				}
			}
			for (Map.Entry<? extends DatabaseObject, ObjectDifferences> changed : diff.getChangedObjects(type)
				.entrySet()) {
				if (isCompared(changed.getKey(), createdTables)) {
					changes.add(changed(changed.getKey(), changed.getValue(), modelSnapshot, changelogSnapshot,
							forward, backward));
				}
			}
			for (DatabaseObject object : sorted(diff.getUnexpectedObjects(type))) {
				if (isCompared(object, droppedTables) && !isPartialIndex(object, partialIndexes)
						&& !isConstraintIndex(object, changelogConstraintIndexes)) {
					drops.add(0, dropped(object, modelSnapshot, changelogSnapshot, forward, backward));
				}
			}
		}
		List<SchemaDifference> differences = new ArrayList<>();
		differences.addAll(creations);
		differences.addAll(changes);
		differences.addAll(drops);
		differences.removeIf((difference) -> difference == null || difference.changes().isEmpty());
		return ProbableRenames.mark(differences);
	}

	private SchemaDifference created(DatabaseObject object, DatabaseSnapshot changelogSnapshot,
			DatabaseSnapshot modelSnapshot, CompareControl forward, CompareControl backward) throws LiquibaseException {
		if (isSoftDeletableUnique(object)) {
			return liveUniqueIndex(object, changelogSnapshot);
		}
		DiffResult create = new DiffResult(modelSnapshot, changelogSnapshot, forward);
		create.addMissingObject(object);
		DiffResult undo = new DiffResult(changelogSnapshot, modelSnapshot, backward);
		undo.addUnexpectedObject(object);
		return new SchemaDifference(object, DifferenceKind.CREATED, portable(changes(create), true),
				portable(changes(undo), false), List.of());
	}

	private SchemaDifference dropped(DatabaseObject object, DatabaseSnapshot modelSnapshot,
			DatabaseSnapshot changelogSnapshot, CompareControl forward, CompareControl backward)
			throws LiquibaseException {
		if (isSoftDeletableUnique(object)) {
			return null;
		}
		DiffResult drop = new DiffResult(modelSnapshot, changelogSnapshot, forward);
		drop.addUnexpectedObject(object);
		DiffResult undo = new DiffResult(changelogSnapshot, modelSnapshot, backward);
		undo.addMissingObject(object);
		List<String> notes = List.of("drops " + describe(object) + ((object instanceof Table || object instanceof Column)
				? "; its data is lost, and the rollback brings back the structure only" : ""));
		return new SchemaDifference(object, DifferenceKind.DROPPED, changes(drop), portable(changes(undo), false),
				notes);
	}

	private SchemaDifference changed(DatabaseObject object, ObjectDifferences differences,
			DatabaseSnapshot modelSnapshot, DatabaseSnapshot changelogSnapshot, CompareControl forward,
			CompareControl backward) throws LiquibaseException {
		if (isPrimaryKeyColumn(object)) {
			differences.removeDifference("nullable");
			if (!differences.hasDifferences()) {
				return null;
			}
		}
		DatabaseObject counterpart = differences.getComparisonObject();
		if (counterpart == null) {
			counterpart = changelogSnapshot.get(object);
		}
		ObjectDifferences reversed = new ObjectDifferences(backward, counterpart, object);
		for (Difference difference : differences.getDifferences()) {
			reversed.addDifference(difference.getMessage(), difference.getField(), difference.getComparedValue(),
					difference.getReferenceValue());
		}
		DiffResult change = new DiffResult(modelSnapshot, changelogSnapshot, forward);
		change.addChangedObject(object, differences);
		DiffResult undo = new DiffResult(changelogSnapshot, modelSnapshot, backward);
		undo.addChangedObject(counterpart, reversed);
		return new SchemaDifference(object, DifferenceKind.CHANGED, portable(changes(change), true),
				portable(changes(undo), false), ChangeReviews.of(object, differences));
	}

	/**
	 * A unique constraint of a soft-deletable entity, which holds among its live rows: a
	 * partial unique index, unless the changelog has a unique index on its columns already.
	 */
	private SchemaDifference liveUniqueIndex(DatabaseObject object, DatabaseSnapshot changelogSnapshot) {
		Table table = (Table) ((object instanceof Index index) ? index.getRelation()
				: ((UniqueConstraint) object).getRelation());
		String columns = columnNames(object);
		for (Index existing : changelogSnapshot.get(Index.class)) {
			if (Boolean.TRUE.equals(existing.isUnique()) && existing.getRelation() != null
					&& existing.getRelation().getName().equalsIgnoreCase(table.getName())
					&& columnNames(existing).equalsIgnoreCase(columns)) {
				return null;
			}
		}
		String indexName = table.getName() + "_" + columns.replace(", ", "_").replace(",", "_") + "_live";
		CreateLiveUniqueIndexChange create = new CreateLiveUniqueIndexChange();
		create.setTableName(table.getName());
		create.setIndexName(indexName);
		create.setColumnNames(columns.replace(" ", ""));
		DropIndexChange drop = new DropIndexChange();
		drop.setTableName(table.getName());
		drop.setIndexName(indexName);
		return new SchemaDifference("created live unique index " + table.getName() + "." + indexName + " ("
				+ columns + ")", object, DifferenceKind.CREATED, List.of(create), List.of(drop), List.of());
	}

	private List<Change> portable(List<Change> changes, boolean toEntities) {
		this.portableTypes.apply(changes, toEntities);
		return changes;
	}

	private static boolean isPrimaryKeyColumn(DatabaseObject object) {
		return object instanceof Column column && column.getRelation() instanceof Table table
				&& table.getPrimaryKey() != null && table.getPrimaryKey()
					.getColumns()
					.stream()
					.anyMatch((key) -> key.getName().equalsIgnoreCase(column.getName()));
	}

	private boolean isSoftDeletableUnique(DatabaseObject object) {
		boolean unique = object instanceof UniqueConstraint
				|| (object instanceof Index index && Boolean.TRUE.equals(index.isUnique()));
		Relation relation = relation(object);
		return unique && relation != null
				&& this.softDeletableTables.contains(relation.getName().toLowerCase(Locale.ROOT));
	}

	/**
	 * Return whether a difference in an object is compared: not for Liquibase's and Prism's
	 * own tables, nor for one that the creation or drop of its table covers.
	 */
	private boolean isCompared(DatabaseObject object, Set<String> coveredTables) {
		if (object instanceof Table table) {
			return !this.ignoredTables.contains(table.getName().toLowerCase(Locale.ROOT));
		}
		Relation relation = relation(object);
		if (relation == null) {
			return !(object instanceof Column);
		}
		String table = relation.getName().toLowerCase(Locale.ROOT);
		return !this.ignoredTables.contains(table) && !coveredTables.contains(table);
	}

	/**
	 * Return the names of the indexes that back primary keys and unique constraints, which
	 * the constraints' own changes create and drop.
	 */
	private static Set<String> constraintIndexes(DatabaseSnapshot snapshot) {
		Set<String> names = new HashSet<>();
		for (PrimaryKey key : snapshot.get(PrimaryKey.class)) {
			addName(names, key);
			addName(names, key.getBackingIndex());
		}
		for (UniqueConstraint constraint : snapshot.get(UniqueConstraint.class)) {
			addName(names, constraint);
			addName(names, constraint.getBackingIndex());
		}
		return names;
	}

	private static void addName(Set<String> names, DatabaseObject object) {
		if (object != null && object.getName() != null) {
			names.add(object.getName().toLowerCase(Locale.ROOT));
		}
	}

	private static boolean isConstraintIndex(DatabaseObject object, Set<String> constraintIndexes) {
		return object instanceof Index index && index.getName() != null
				&& constraintIndexes.contains(index.getName().toLowerCase(Locale.ROOT));
	}

	private static boolean isPartialIndex(DatabaseObject object, Set<String> partialIndexes) {
		return object instanceof Index index && index.getName() != null
				&& partialIndexes.contains(index.getName().toLowerCase(Locale.ROOT));
	}

	private static Relation relation(DatabaseObject object) {
		if (object instanceof Column column) {
			return column.getRelation();
		}
		if (object instanceof Index index) {
			return index.getRelation();
		}
		if (object instanceof UniqueConstraint constraint) {
			return constraint.getRelation();
		}
		if (object instanceof PrimaryKey key) {
			return key.getTable();
		}
		if (object instanceof ForeignKey key) {
			return key.getForeignKeyTable();
		}
		return null;
	}

	private static String columnNames(DatabaseObject object) {
		List<Column> columns = (object instanceof Index index) ? index.getColumns()
				: ((UniqueConstraint) object).getColumns();
		return columns.stream().map(Column::getName).collect(Collectors.joining(", "));
	}

	static String describe(DatabaseObject object) {
		String type = object.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		Relation relation = relation(object);
		return type + " " + ((relation != null && !(object instanceof Column)) ? relation.getName() + "." : "")
				+ ((object instanceof Column column && relation != null) ? relation.getName() + "." + column.getName()
						: object.getName());
	}

	private static List<Change> changes(DiffResult result) {
		DiffToChangeLog changeLog = new DiffToChangeLog(result, new DiffOutputControl(false, false, false, null));
		return changeLog.generateChangeSets().stream().flatMap((changeSet) -> changeSet.getChanges().stream()).toList();
	}

	private static DatabaseSnapshot snapshot(ScratchDatabase scratch) throws LiquibaseException {
		return SnapshotGeneratorFactory.getInstance()
			.createSnapshot(scratch.schema(), scratch.database(),
					new SnapshotControl(scratch.database(), types(scratch).toArray(Class[]::new)));
	}

	private static CompareControl compareControl(ScratchDatabase reference, ScratchDatabase comparison) {
		return new CompareControl(new SchemaComparison[] { new SchemaComparison(reference.schema(), comparison.schema()) },
				types(reference));
	}

	/**
	 * Return the types of objects compared: on SQLite not foreign keys, which Hibernate's
	 * SQLite dialect does not declare.
	 */
	private static Set<Class<? extends DatabaseObject>> types(ScratchDatabase scratch) {
		Set<Class<? extends DatabaseObject>> types = new HashSet<>(Arrays.asList(TYPES));
		if (scratch.database() instanceof SQLiteDatabase) {
			types.remove(ForeignKey.class);
		}
		return types;
	}

	private static Set<String> names(Set<? extends DatabaseObject> objects) {
		return objects.stream().map((object) -> object.getName().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
	}

	private static List<DatabaseObject> sorted(Set<? extends DatabaseObject> objects) {
		return objects.stream().sorted(Comparator.comparing(SchemaDiff::describe)).map(DatabaseObject.class::cast).toList();
	}

	/**
	 * How an object differs.
	 */
	enum DifferenceKind {

		/**
		 * The entities have it and the changelog does not.
		 */
		CREATED,

		/**
		 * Both have it, with different attributes.
		 */
		CHANGED,

		/**
		 * The changelog has it and the entities do not.
		 */
		DROPPED

	}

	/**
	 * Review notes for a changed column: a type that may not hold every existing value and
	 * a column that becomes {@code NOT NULL}.
	 */
	static final class ChangeReviews {

		private ChangeReviews() {
		}

		static List<String> of(DatabaseObject object, ObjectDifferences differences) {
			List<String> notes = new ArrayList<>();
			Difference type = differences.getDifference("type");
			if (type != null) {
				String change = change(type.getComparedValue(), type.getReferenceValue());
				if (change != null) {
					notes.add(change + " " + describe(object) + " from " + type.getComparedValue() + " to "
							+ type.getReferenceValue() + "; existing values that do not fit make it fail");
				}
			}
			Difference nullable = differences.getDifference("nullable");
			if (nullable != null && Boolean.FALSE.equals(nullable.getReferenceValue())) {
				notes.add("makes " + describe(object)
						+ " NOT NULL; it fails while a row holds NULL there: fill those rows first");
			}
			return notes;
		}

		/**
		 * Return how a type change may not fit existing values: {@code changes the type of}
		 * for another type, {@code narrows} for a shorter length or smaller precision or
		 * scale, {@code null} for a wider one.
		 */
		private static String change(Object from, Object to) {
			if (!(from instanceof DataType before) || !(to instanceof DataType after)
					|| !before.getTypeName().equalsIgnoreCase(after.getTypeName())) {
				return "changes the type of";
			}
			return (smaller(after.getColumnSize(), before.getColumnSize())
					|| smaller(after.getDecimalDigits(), before.getDecimalDigits())) ? "narrows" : null;
		}

		private static boolean smaller(Integer after, Integer before) {
			return after != null && (before == null || after < before);
		}

	}

}
