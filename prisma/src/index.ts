export { openDatabase, Prisma, type Models, type Database, type DatabaseOptions, type PrismaClient } from './database.js'
export { applyMigrations, listMigrations, type SqlRunner } from './migrate.js'
export { keysetPredicate, keysetOrder } from './keyset.js'
