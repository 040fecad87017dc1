-- Full-text index over folded (lower-case, accent-free) title + text, keyed by article id.
-- Contentless: the text already lives in article_content; contentless_delete lets a delete by rowid work.
CREATE VIRTUAL TABLE IF NOT EXISTS `article_search` USING fts5(body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
