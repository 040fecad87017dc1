-- lz4 instead of pglz for the large values (article text, analysis JSON): several times cheaper
-- to compress on ingest. An optimisation only: servers built without lz4 keep the default.
DO $$
BEGIN
  ALTER TABLE "article_content" ALTER COLUMN "text" SET COMPRESSION lz4;
  ALTER TABLE "article_content" ALTER COLUMN "analysis" SET COMPRESSION lz4;
  ALTER TABLE "articles" ALTER COLUMN "search_text" SET COMPRESSION lz4;
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'lz4 compression unavailable, keeping the default: %', SQLERRM;
END $$;
