CREATE TABLE `article_content` (
	`article_id` integer PRIMARY KEY NOT NULL,
	`text` text NOT NULL,
	`analysis` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `articles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`external_id` text,
	`title` text NOT NULL,
	`source` text,
	`url` text,
	`published_at` text,
	`published_day` text,
	`lang` text NOT NULL,
	`content_hash` text NOT NULL,
	`analysis_version` text NOT NULL,
	`words` integer NOT NULL,
	`sentiment` real NOT NULL,
	`sentiment_label` text NOT NULL,
	`dominant_theme` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_content_hash_uq` ON `articles` (`content_hash`);--> statement-breakpoint
CREATE INDEX `articles_published_day_idx` ON `articles` (`published_day`);--> statement-breakpoint
CREATE INDEX `articles_lang_idx` ON `articles` (`lang`);--> statement-breakpoint
CREATE INDEX `articles_dominant_theme_idx` ON `articles` (`dominant_theme`);--> statement-breakpoint
CREATE INDEX `articles_analysis_version_idx` ON `articles` (`analysis_version`);--> statement-breakpoint
CREATE INDEX `articles_created_at_idx` ON `articles` (`created_at`);--> statement-breakpoint
CREATE TABLE `article_edges` (
	`article_id` integer NOT NULL,
	`kind` text NOT NULL,
	`scope` text NOT NULL,
	`a` text NOT NULL,
	`b` text NOT NULL,
	`count` integer NOT NULL,
	`pmi` real NOT NULL,
	`npmi` real NOT NULL,
	`ll` real NOT NULL,
	`log_dice` real NOT NULL
);
--> statement-breakpoint
CREATE INDEX `article_edges_article_idx` ON `article_edges` (`article_id`);--> statement-breakpoint
CREATE TABLE `article_sentences` (
	`article_id` integer NOT NULL,
	`idx` integer NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`sentiment` real NOT NULL,
	`themes` text NOT NULL,
	PRIMARY KEY(`article_id`, `idx`)
);
--> statement-breakpoint
CREATE TABLE `article_terms` (
	`article_id` integer NOT NULL,
	`term` text NOT NULL,
	`display` text NOT NULL,
	`count` integer NOT NULL,
	`relative_frequency` real NOT NULL,
	PRIMARY KEY(`article_id`, `term`)
);
--> statement-breakpoint
CREATE INDEX `article_terms_term_idx` ON `article_terms` (`term`);--> statement-breakpoint
CREATE TABLE `article_themes` (
	`article_id` integer NOT NULL,
	`theme` text NOT NULL,
	`score` real NOT NULL,
	`rank` integer NOT NULL,
	PRIMARY KEY(`article_id`, `theme`)
);
--> statement-breakpoint
CREATE INDEX `article_themes_theme_idx` ON `article_themes` (`theme`);--> statement-breakpoint
CREATE TABLE `edge_totals` (
	`kind` text NOT NULL,
	`a` text NOT NULL,
	`b` text NOT NULL,
	`count` integer NOT NULL,
	`articles` integer NOT NULL,
	PRIMARY KEY(`kind`, `a`, `b`)
);
--> statement-breakpoint
CREATE INDEX `edge_totals_count_idx` ON `edge_totals` ("count" DESC,`a`,`b`);--> statement-breakpoint
CREATE INDEX `edge_totals_kind_count_idx` ON `edge_totals` (`kind`,"count" DESC,`a`,`b`);--> statement-breakpoint
CREATE TABLE `term_lang_totals` (
	`lang` text NOT NULL,
	`term` text NOT NULL,
	`display` text NOT NULL,
	`count` integer NOT NULL,
	`articles` integer NOT NULL,
	PRIMARY KEY(`lang`, `term`)
);
--> statement-breakpoint
CREATE INDEX `term_lang_totals_count_idx` ON `term_lang_totals` (`lang`,"count" DESC,`term`);--> statement-breakpoint
CREATE TABLE `term_totals` (
	`term` text PRIMARY KEY NOT NULL,
	`display` text NOT NULL,
	`count` integer NOT NULL,
	`articles` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `term_totals_count_idx` ON `term_totals` ("count" DESC,`term`);--> statement-breakpoint
CREATE TABLE `article_entities` (
	`article_id` integer NOT NULL,
	`entity_id` integer NOT NULL,
	`count` integer NOT NULL,
	`sentiment` real NOT NULL,
	`roles` text NOT NULL,
	`aliases` text NOT NULL,
	`mentions` text NOT NULL,
	PRIMARY KEY(`article_id`, `entity_id`),
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `article_entities_entity_idx` ON `article_entities` (`entity_id`);--> statement-breakpoint
CREATE TABLE `entities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`name_key` text NOT NULL,
	`mentions` integer NOT NULL,
	`articles` integer NOT NULL,
	`sentiment_sum` real NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `entities_type_name_key_uq` ON `entities` (`type`,`name_key`);--> statement-breakpoint
CREATE INDEX `entities_mentions_idx` ON `entities` ("mentions" DESC,`name_key`);--> statement-breakpoint
CREATE INDEX `entities_articles_idx` ON `entities` ("articles" DESC,"mentions" DESC,`name_key`);--> statement-breakpoint
CREATE INDEX `entities_name_idx` ON `entities` (`name_key`,"mentions" DESC);--> statement-breakpoint
CREATE INDEX `entities_type_idx` ON `entities` (`type`,"mentions" DESC,`name_key`);--> statement-breakpoint
CREATE TABLE `entity_labels` (
	`entity_id` integer NOT NULL,
	`kind` text NOT NULL,
	`label` text NOT NULL,
	`label_key` text NOT NULL,
	`articles` integer NOT NULL,
	PRIMARY KEY(`entity_id`, `kind`, `label`),
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `entity_labels_key_idx` ON `entity_labels` (`label_key`);