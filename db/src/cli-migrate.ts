import { createDb } from './client.ts'
import { loadDotEnv, databasePathFromEnv } from './env.ts'
import { runMigrations } from './migrate.ts'

loadDotEnv()
const path = databasePathFromEnv()
const db = createDb(path)
runMigrations(db)
console.log(`migrated ${path}`)
db.$client.close()
