package dev.prism.liquibase;

import liquibase.change.ChangeMetaData;
import liquibase.change.DatabaseChange;

/**
 * {@code createLiveIndex}: an index over the live rows of a soft-deletable table, for the
 * listings and counts that always carry {@code deleted_at IS NULL}.
 *
 * <pre class="code">
 * - createLiveIndex:
 *     tableName: customers
 *     indexName: customers_name_live
 *     columnNames: name
 * </pre>
 */
@DatabaseChange(name = "createLiveIndex", description = "Creates an index over the rows whose deleted_at is null",
		priority = ChangeMetaData.PRIORITY_DEFAULT, appliesTo = "index")
public class CreateLiveIndexChange extends LiveIndexChange {

	@Override
	protected boolean isUnique() {
		return false;
	}

}
