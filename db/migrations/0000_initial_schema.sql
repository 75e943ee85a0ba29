-- Why: the first schema: countries, goals, sources, indicators, targets, observations,
-- revisions, users, sessions, audit log, events and imports (DESIGN.md "Data model").
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`before` text,
	`after` text,
	`reason` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_log_created_idx` ON `audit_log` (`created_at`);--> statement-breakpoint
CREATE TABLE `countries` (
	`code` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`name_en` text NOT NULL,
	`name_es` text NOT NULL,
	`name_fr` text NOT NULL,
	`sort_order` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`date` text NOT NULL,
	`label_en` text NOT NULL,
	`label_es` text NOT NULL,
	`label_fr` text NOT NULL,
	`description_en` text NOT NULL,
	`description_es` text NOT NULL,
	`description_fr` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `events_slug_unique` ON `events` (`slug`);--> statement-breakpoint
CREATE TABLE `goals` (
	`id` integer PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name_en` text NOT NULL,
	`name_es` text NOT NULL,
	`name_fr` text NOT NULL,
	`short_name_en` text NOT NULL,
	`short_name_es` text NOT NULL,
	`short_name_fr` text NOT NULL,
	`description_en` text NOT NULL,
	`description_es` text NOT NULL,
	`description_fr` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `goals_slug_unique` ON `goals` (`slug`);--> statement-breakpoint
CREATE TABLE `imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`filename` text NOT NULL,
	`user_id` integer,
	`status` text NOT NULL,
	`summary` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `indicators` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`goal_id` integer NOT NULL,
	`kind` text NOT NULL,
	`sort_order` integer NOT NULL,
	`name_en` text NOT NULL,
	`name_es` text NOT NULL,
	`name_fr` text NOT NULL,
	`definition_en` text NOT NULL,
	`definition_es` text NOT NULL,
	`definition_fr` text NOT NULL,
	`unit_en` text NOT NULL,
	`unit_es` text NOT NULL,
	`unit_fr` text NOT NULL,
	`value_format` text NOT NULL,
	`unit_scale` real DEFAULT 1 NOT NULL,
	`decimals` integer NOT NULL,
	`direction` integer NOT NULL,
	`frequency` text NOT NULL,
	`annual_aggregation` text NOT NULL,
	`method` text NOT NULL,
	`window_years` integer DEFAULT 10 NOT NULL,
	`source_id` text NOT NULL,
	`source_code` text,
	`source_url` text NOT NULL,
	`nam_rule` text NOT NULL,
	`nam_weight_slug` text,
	`countries` text NOT NULL,
	`formula` text,
	`derivation` text,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `indicators_slug_unique` ON `indicators` (`slug`);--> statement-breakpoint
CREATE INDEX `indicators_goal_idx` ON `indicators` (`goal_id`);--> statement-breakpoint
CREATE TABLE `observations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`indicator_id` integer NOT NULL,
	`country_code` text NOT NULL,
	`period` text NOT NULL,
	`year` integer NOT NULL,
	`value` real,
	`deleted` integer DEFAULT false NOT NULL,
	`estimate` integer DEFAULT false NOT NULL,
	`provisional` integer DEFAULT false NOT NULL,
	`break_in_series` integer DEFAULT false NOT NULL,
	`derived` integer DEFAULT false NOT NULL,
	`source_note` text,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`country_code`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `observations_point_uq` ON `observations` (`indicator_id`,`country_code`,`period`);--> statement-breakpoint
CREATE INDEX `observations_series_idx` ON `observations` (`indicator_id`,`country_code`,`year`);--> statement-breakpoint
CREATE TABLE `revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`observation_id` integer NOT NULL,
	`action` text NOT NULL,
	`old_value` real,
	`new_value` real,
	`state` text NOT NULL,
	`user_id` integer,
	`actor` text NOT NULL,
	`reason` text NOT NULL,
	`import_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`observation_id`) REFERENCES `observations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `revisions_observation_idx` ON `revisions` (`observation_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `revisions_created_idx` ON `revisions` (`created_at`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`name_en` text NOT NULL,
	`name_es` text NOT NULL,
	`name_fr` text NOT NULL,
	`publisher` text NOT NULL,
	`url` text NOT NULL,
	`licence` text NOT NULL,
	`attribution` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `targets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`indicator_id` integer NOT NULL,
	`country_code` text NOT NULL,
	`value` real,
	`year` integer DEFAULT 2050 NOT NULL,
	`baseline_year` integer,
	`milestones` text NOT NULL,
	`bands` text,
	`origin` text NOT NULL,
	`rule` text,
	`rationale_en` text NOT NULL,
	`rationale_es` text NOT NULL,
	`rationale_fr` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_by` text DEFAULT 'seed' NOT NULL,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`country_code`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `targets_indicator_country_uq` ON `targets` (`indicator_id`,`country_code`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`disabled` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);