--liquibase formatted sql
-- Write the SQL of this change below the --changeset line, ending each statement with ';',
-- and how to undo it in lines starting with --rollback, for example:
--   ALTER TABLE customers ADD COLUMN status VARCHAR(50);
--   --rollback ALTER TABLE customers DROP COLUMN status;
-- Liquibase refuses to apply the changeset while it has no SQL.

--changeset prism:20261126120000-write_me_later
--comment: write me later
