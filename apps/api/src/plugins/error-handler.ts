import type { FastifyError, FastifyInstance } from 'fastify'
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod'
import type { ApiError } from '@nap/schemas'
import { STATUS_CODES } from 'node:http'

/** An error a handler throws on purpose: its status and message reach the client as they are. */
export class HttpError extends Error {
  readonly statusCode: number
  readonly code: string
  readonly issues: ApiError['issues'] | undefined

  constructor(statusCode: number, code: string, message: string, issues?: ApiError['issues']) {
    super(message)
    this.statusCode = statusCode
    this.code = code
    this.issues = issues
  }
}

export const notFound = (message: string) => new HttpError(404, 'not_found', message)
export const badRequest = (field: string, message: string) =>
  new HttpError(400, 'validation_error', `Invalid request: ${field}: ${message}`, [{ field, message }])

export function errorBody(statusCode: number, code: string, message: string, issues?: ApiError['issues']): ApiError {
  return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', code, message, ...(issues ? { issues } : {}) }
}

/** One error shape for everything; 5xx never leak internals. */
export function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof HttpError) {
      return reply.status(err.statusCode).send(errorBody(err.statusCode, err.code, err.message, err.issues))
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'request'
      const issues = err.validation.map((v) => {
        const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.')
        const params = v.params as { issue?: { path?: unknown[] } } | undefined
        const field = path || (params?.issue?.path ?? []).join('.') || where
        return { field, message: v.message ?? 'invalid' }
      })
      const message = `Invalid ${where}: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`
      return reply.status(400).send(errorBody(400, 'validation_error', message, issues))
    }
    if (isResponseSerializationError(err)) {
      request.log.error({ err, issues: err.cause.issues }, 'response failed its schema')
      return reply.status(500).send(errorBody(500, 'internal_error', 'Internal Server Error'))
    }
    const status = err.statusCode ?? 500
    if (status >= 500) {
      request.log.error({ err, url: request.url, method: request.method }, 'request failed')
      return reply.status(500).send(errorBody(500, 'internal_error', 'Internal Server Error'))
    }
    const code = status === 429 ? 'rate_limited' : status === 415 ? 'unsupported_media_type' : 'bad_request'
    return reply.status(status).send(errorBody(status, code, err.message))
  })
}
