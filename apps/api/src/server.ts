import closeWithGrace from 'close-with-grace'
import { buildApp } from './app.ts'
import { loadEnv } from './config/env.ts'

const env = loadEnv()
const app = await buildApp({ env })

closeWithGrace({ delay: 5000 }, async ({ err }) => {
  if (err) app.log.error({ err }, 'closing because of an error')
  await app.close()
})

await app.listen({ port: env.PORT, host: env.HOST })
