CREATE TABLE `term_facet_totals` (
	`lang` text NOT NULL,
	`theme` text NOT NULL,
	`term` text NOT NULL,
	`display` text NOT NULL,
	`count` integer NOT NULL,
	`articles` integer NOT NULL,
	PRIMARY KEY(`lang`, `theme`, `term`)
);
--> statement-breakpoint
CREATE INDEX `term_facet_totals_count_idx` ON `term_facet_totals` (`theme`,`lang`,"count" DESC,`term`);--> statement-breakpoint
CREATE TABLE `entity_facet_totals` (
	`lang` text NOT NULL,
	`theme` text NOT NULL,
	`entity_id` integer NOT NULL,
	`mentions` integer NOT NULL,
	`articles` integer NOT NULL,
	`sentiment_sum` real NOT NULL,
	PRIMARY KEY(`lang`, `theme`, `entity_id`)
);
--> statement-breakpoint
CREATE INDEX `entity_facet_totals_theme_idx` ON `entity_facet_totals` (`theme`,`lang`);--> statement-breakpoint
-- backfill from the per-article rows of a database that already holds articles
INSERT INTO `term_facet_totals` (`lang`, `theme`, `term`, `display`, `count`, `articles`)
SELECT a.`lang`, coalesce(a.`dominant_theme`, ''), x.`term`, max(x.`display`), sum(x.`count`), count(*)
FROM `article_terms` x JOIN `articles` a ON a.`id` = x.`article_id` GROUP BY a.`lang`, coalesce(a.`dominant_theme`, ''), x.`term`;--> statement-breakpoint
INSERT INTO `entity_facet_totals` (`lang`, `theme`, `entity_id`, `mentions`, `articles`, `sentiment_sum`)
SELECT a.`lang`, coalesce(a.`dominant_theme`, ''), x.`entity_id`, sum(x.`count`), count(*), sum(x.`sentiment`)
FROM `article_entities` x JOIN `articles` a ON a.`id` = x.`article_id` GROUP BY a.`lang`, coalesce(a.`dominant_theme`, ''), x.`entity_id`;
