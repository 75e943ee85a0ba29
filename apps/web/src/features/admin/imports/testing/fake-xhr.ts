/**
 * A stand-in for XMLHttpRequest (jsdom's would try the network): records what the page sends and
 * lets a test play the upload's progress and the server's answer.
 */
export class FakeXhr extends EventTarget {
  static sent: FakeXhr[] = []
  readonly upload = new EventTarget()
  method = ''
  url = ''
  headers: Record<string, string> = {}
  withCredentials = false
  body: FormData | null = null
  status = 0
  statusText = ''
  responseText = ''
  aborted = false

  open(method: string, url: string): void {
    this.method = method
    this.url = url
  }

  setRequestHeader(name: string, value: string): void {
    this.headers[name.toLowerCase()] = value
  }

  send(body: FormData): void {
    this.body = body
    FakeXhr.sent.push(this)
  }

  abort(): void {
    this.aborted = true
    this.dispatchEvent(new Event('abort'))
  }

  /** The browser has sent `loaded` of `total` bytes. */
  progress(loaded: number, total: number): void {
    this.upload.dispatchEvent(new ProgressEvent('progress', { loaded, total, lengthComputable: true }))
  }

  /** Every byte is sent. */
  sentAll(): void {
    this.upload.dispatchEvent(new Event('load'))
  }

  respond(status: number, body: unknown, statusText = ''): void {
    this.status = status
    this.statusText = statusText
    this.responseText = typeof body === 'string' ? body : JSON.stringify(body)
    this.dispatchEvent(new Event('load'))
  }

  fail(): void {
    this.dispatchEvent(new Event('error'))
  }

  /** The form's fields by name, the file as its name. */
  fields(): [string, string][] {
    return [...(this.body?.entries() ?? [])].map(([name, value]) => [name, typeof value === 'string' ? value : `file:${value.name}`])
  }

  static reset(): void {
    FakeXhr.sent = []
  }

  static last(): FakeXhr {
    const last = FakeXhr.sent.at(-1)
    if (!last) throw new Error('nothing was sent')
    return last
  }
}
