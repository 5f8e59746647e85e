package dev.prism.sqlite;

import java.sql.SQLException;
import java.util.Set;

import com.zaxxer.hikari.SQLExceptionOverride;
import org.sqlite.SQLiteErrorCode;

/**
 * Tells Hikari to evict a SQLite connection after an error that may have rolled back its
 * transaction behind the application's back or damaged the connection: disk full, I/O
 * error, out of memory, corruption, or a file that cannot be opened or written. Statements
 * that run on such a connection afterwards would otherwise commit one by one.
 */
class SqliteExceptionOverride implements SQLExceptionOverride {

	private static final int PRIMARY_RESULT_CODE_MASK = 0xFF;

	private static final Set<Integer> BROKEN = Set.of(SQLiteErrorCode.SQLITE_NOMEM.code,
			SQLiteErrorCode.SQLITE_READONLY.code, SQLiteErrorCode.SQLITE_IOERR.code, SQLiteErrorCode.SQLITE_CORRUPT.code,
			SQLiteErrorCode.SQLITE_FULL.code, SQLiteErrorCode.SQLITE_CANTOPEN.code, SQLiteErrorCode.SQLITE_NOTADB.code);

	@java.lang.Override
	public Override adjudicate(SQLException ex) {
		return BROKEN.contains(ex.getErrorCode() & PRIMARY_RESULT_CODE_MASK) ? Override.MUST_EVICT
				: Override.CONTINUE_EVICT;
	}

}
