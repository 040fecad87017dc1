// The PostgreSQL schema: what drizzle.pg.config.ts generates migrations from.
export * from './articles/schema.pg'
export * from './analysis-rows/schema.pg'
export * from './entities/schema.pg'
