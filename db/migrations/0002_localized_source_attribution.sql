-- Why: the attribution line is shown in the reader's language (ES, FR). Databases seeded before
-- this migration keep an empty translation, and the API then falls back to the English line.
ALTER TABLE `sources` ADD `attribution_es` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `sources` ADD `attribution_fr` text DEFAULT '' NOT NULL;