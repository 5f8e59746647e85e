package dev.prism.liquibase;

import liquibase.change.ChangeMetaData;
import liquibase.change.DatabaseChange;

/**
 * {@code createLiveUniqueIndex}: a unique index over the live rows of a soft-deletable
 * table, so that a deleted row does not keep holding its value.
 *
 * <pre class="code">
 * - createLiveUniqueIndex:
 *     tableName: customers
 *     indexName: customers_email_live
 *     columnNames: email
 * </pre>
 */
@DatabaseChange(name = "createLiveUniqueIndex",
		description = "Creates a unique index over the rows whose deleted_at is null", priority = ChangeMetaData.PRIORITY_DEFAULT,
		appliesTo = "index")
public class CreateLiveUniqueIndexChange extends LiveIndexChange {

	@Override
	protected boolean isUnique() {
		return true;
	}

}
