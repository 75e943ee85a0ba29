import { createDb } from '../src/client.ts'
import { runMigrations } from '../src/migrate.ts'
import { seedDatabase } from './seed.ts'
import { loadDotEnv, databasePathFromEnv } from '../src/env.ts'

loadDotEnv()
const path = databasePathFromEnv()
const db = createDb(path)
runMigrations(db)
const started = performance.now()
const result = seedDatabase(db)
console.log(`seeded ${path} in ${Math.round(performance.now() - started)} ms`, result)
db.$client.close()
