-- Why: the write side (issue 8). Accounts get the roles editor/admin (analyst becomes editor), a
-- forced password change and a version; sessions are recreated with their CSRF token, idle time and
-- client (sessions are not history: the audit log is); sign-in attempts are kept for rate limiting;
-- indicators get declared bounds; targets get an append-only history; the audit log can be filtered
-- by indicator; status flips caused by a change are recorded for the public change feed.
CREATE TABLE `login_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`ip` text NOT NULL,
	`success` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `login_attempts_email_idx` ON `login_attempts` (`email`,`created_at`);--> statement-breakpoint
CREATE INDEX `login_attempts_ip_idx` ON `login_attempts` (`ip`,`created_at`);--> statement-breakpoint
CREATE TABLE `status_flips` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`revision_id` integer NOT NULL,
	`indicator_id` integer NOT NULL,
	`country_code` text NOT NULL,
	`from_status` text NOT NULL,
	`to_status` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`revision_id`) REFERENCES `revisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `status_flips_revision_idx` ON `status_flips` (`revision_id`);--> statement-breakpoint
CREATE TABLE `target_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`target_id` integer NOT NULL,
	`version` integer NOT NULL,
	`before` text,
	`after` text NOT NULL,
	`user_id` integer,
	`actor` text NOT NULL,
	`reason` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`target_id`) REFERENCES `targets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `target_revisions_target_idx` ON `target_revisions` (`target_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `audit_log` ADD `indicator_id` integer REFERENCES indicators(id);--> statement-breakpoint
ALTER TABLE `audit_log` ADD `ip` text;--> statement-breakpoint
CREATE INDEX `audit_log_user_idx` ON `audit_log` (`user_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `indicators` ADD `min_value` real;--> statement-breakpoint
ALTER TABLE `indicators` ADD `max_value` real;--> statement-breakpoint
DROP TABLE `sessions`;--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`csrf_token` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`last_seen_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`expires_at` text NOT NULL,
	`ip` text,
	`user_agent` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
ALTER TABLE `users` ADD `must_change_password` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `last_login_at` text;--> statement-breakpoint
ALTER TABLE `users` ADD `updated_at` text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE `users` SET `updated_at` = `created_at`;--> statement-breakpoint
UPDATE `users` SET `role` = 'editor' WHERE `role` = 'analyst';--> statement-breakpoint
CREATE TRIGGER `target_revisions_no_update` BEFORE UPDATE ON `target_revisions`
BEGIN
  SELECT RAISE(ABORT, 'target revisions are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `target_revisions_no_delete` BEFORE DELETE ON `target_revisions`
BEGIN
  SELECT RAISE(ABORT, 'target revisions are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `status_flips_no_update` BEFORE UPDATE ON `status_flips`
BEGIN
  SELECT RAISE(ABORT, 'status flips are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `status_flips_no_delete` BEFORE DELETE ON `status_flips`
BEGIN
  SELECT RAISE(ABORT, 'status flips are append-only');
END;