import { createDb } from './client.ts'
import { databasePathFromEnv } from './env.ts'
import { runMigrations } from './migrate.ts'

const path = databasePathFromEnv()
const db = createDb(path)
runMigrations(db)
console.log(`migrated ${path}`)
db.$client.close()
