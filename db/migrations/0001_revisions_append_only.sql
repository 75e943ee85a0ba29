-- Why: revisions are the history of every observation ("nothing is ever overwritten or
-- hard-deleted"). The database itself refuses to change or remove a revision, and refuses to
-- hard-delete an observation (a delete is a revision that sets deleted = 1).
CREATE TRIGGER `revisions_no_update` BEFORE UPDATE ON `revisions`
BEGIN
  SELECT RAISE(ABORT, 'revisions are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `revisions_no_delete` BEFORE DELETE ON `revisions`
BEGIN
  SELECT RAISE(ABORT, 'revisions are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `observations_no_delete` BEFORE DELETE ON `observations`
BEGIN
  SELECT RAISE(ABORT, 'observations are never hard-deleted: record a delete revision');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
