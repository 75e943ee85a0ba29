/** Reads a password: the first line of piped stdin, or typed twice on a terminal without echo. */
import type { Writable } from 'node:stream'
import type { ReadStream } from 'node:tty'

/** The first line of a stream (without its line break). */
async function firstLine(input: NodeJS.ReadableStream): Promise<string> {
  let text = ''
  for await (const chunk of input) {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    if (text.includes('\n')) break
  }
  return text.split(/\r?\n/)[0] ?? ''
}

/** Asks once on a TTY in raw mode: characters are not echoed; Backspace erases; Ctrl-C aborts. */
function askHidden(input: ReadStream, output: Writable, prompt: string): Promise<string> {
  output.write(prompt)
  return new Promise((resolve, reject) => {
    let typed = ''
    input.setRawMode(true)
    input.resume()
    input.setEncoding('utf8')
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') {
          done()
          resolve(typed)
          return
        }
        if (ch === '\u0003') {
          done()
          reject(new Error('aborted'))
          return
        }
        if (ch === '\u007f' || ch === '\b') typed = [...typed].slice(0, -1).join('')
        else typed += ch
      }
    }
    const done = () => {
      input.off('data', onData)
      input.setRawMode(false)
      input.pause()
      output.write('\n')
    }
    input.on('data', onData)
  })
}

const isTty = (s: NodeJS.ReadableStream): s is ReadStream => 'isTTY' in s && s.isTTY === true && 'setRawMode' in s

/** The password, or undefined when the two typed entries differ. */
export async function readPassword(input: NodeJS.ReadableStream, output: Writable): Promise<string | undefined> {
  if (!isTty(input)) return firstLine(input)
  const first = await askHidden(input, output, 'Password (at least 12 characters): ')
  const second = await askHidden(input, output, 'Repeat the password: ')
  return first === second ? first : undefined
}
