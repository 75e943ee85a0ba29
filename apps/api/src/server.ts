import closeWithGrace from 'close-with-grace'
import { buildApp } from './app.ts'
import { loadEnv } from './config/env.ts'
import { loadDotEnv } from '@nap/db'

loadDotEnv()
const env = loadEnv()
const app = await buildApp({ env })

closeWithGrace({ delay: 5000 }, async ({ err, signal }) => {
  if (err) app.log.error({ err }, 'closing because of an error')
  else app.log.info({ signal }, 'shutting down')
  await app.close()
})

await app.listen({ port: env.PORT, host: env.HOST })
app.log.info(
  { node: process.version, database: env.DATABASE_PATH, webDist: env.WEB_DIST },
  `Goal Monitor on Node.js ${process.version}: http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${env.PORT}`,
)
