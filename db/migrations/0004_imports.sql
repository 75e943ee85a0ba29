-- Why: imports (issue 9). A dry run stores every value's verdict in import_rows (the point's state at
-- the dry run and what the import would set), so the verdicts can be paged and a commit applies exactly
-- those rows, refusing points whose version moved since. imports gets the file's format, SHA-256,
-- encoding, size, options, the impact preview, and who committed or reverted it, when and why.
CREATE TABLE `import_rows` (
	`import_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`line` integer NOT NULL,
	`column` text,
	`verdict` text NOT NULL,
	`code` text,
	`reason` text NOT NULL,
	`indicator` text NOT NULL,
	`indicator_id` integer,
	`country` text NOT NULL,
	`period` text NOT NULL,
	`value_text` text NOT NULL,
	`observation_id` integer,
	`old_value` real,
	`old_version` integer,
	`old_deleted` integer,
	`old_flags` text,
	`old_source_note` text,
	`new_value` real,
	`new_flags` text,
	`new_source_note` text,
	`ignored_flags` text,
	`outlier` text,
	PRIMARY KEY(`import_id`, `seq`),
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`observation_id`) REFERENCES `observations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `import_rows_verdict_idx` ON `import_rows` (`import_id`,`verdict`,`seq`);--> statement-breakpoint
ALTER TABLE `imports` ADD `format` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `imports` ADD `sha256` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `imports` ADD `encoding` text;--> statement-breakpoint
ALTER TABLE `imports` ADD `size_bytes` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `imports` ADD `row_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `imports` ADD `options` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `imports` ADD `meta` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `imports` ADD `preview` text;--> statement-breakpoint
ALTER TABLE `imports` ADD `committed_at` text;--> statement-breakpoint
ALTER TABLE `imports` ADD `committed_by` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `imports` ADD `commit_reason` text;--> statement-breakpoint
ALTER TABLE `imports` ADD `reverted_at` text;--> statement-breakpoint
ALTER TABLE `imports` ADD `reverted_by` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `imports` ADD `revert_reason` text;--> statement-breakpoint
CREATE INDEX `imports_created_idx` ON `imports` (`created_at`,`id`);