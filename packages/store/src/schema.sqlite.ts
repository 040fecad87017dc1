// The SQLite schema: what drizzle.sqlite.config.ts generates migrations from.
export * from './articles/schema.sqlite'
export * from './analysis-rows/schema.sqlite'
export * from './entities/schema.sqlite'
