/**
 * The files of a CSV export, as pure functions: the attribution response headers and the zip of
 * data.csv with its datapackage.json. The route only reads the data and sends what these build.
 */
import { strToU8, zipSync } from 'fflate'
import { dataPackageLicense, type DataPackage, type Source } from '@nap/schemas'

/**
 * Header values must be visible ASCII: anything else (and "%") is percent-encoded as UTF-8, so
 * `decodeURIComponent` gives back the text (line breaks become spaces).
 */
export function asciiHeaderValue(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ').replace(/[^\x20-\x7e]|%/gu, (c) => encodeURIComponent(c))
}

/**
 * The attribution of an export, in response headers (documented in the OpenAPI document):
 * - `Link`: the Data Package descriptor (rel="describedby") and each licence (rel="license"), RFC 8288;
 * - `X-Attribution`: the attribution line(s) to show with the data;
 * - `X-License`: the licence(s) as the sources state them, "; "-separated.
 */
export function attributionHeaders(metadataPath: string, sources: readonly Source[]): Record<string, string> {
  const licences = [...new Set(sources.map((s) => dataPackageLicense(s).path))]
  return {
    link: [`<${metadataPath}>; rel="describedby"; type="application/json"`, ...licences.map((l) => `<${l}>; rel="license"`)].join(', '),
    'x-attribution': asciiHeaderValue(sources.map((s) => s.attribution.en).join(' ')),
    'x-license': asciiHeaderValue([...new Set(sources.map((s) => s.licence))].join('; ')),
  }
}

/** data.csv and datapackage.json (whose resource must point at "data.csv") in one zip archive. */
export function exportZip(csv: string, descriptor: DataPackage): Uint8Array {
  return zipSync(
    { 'data.csv': strToU8(csv), 'datapackage.json': strToU8(`${JSON.stringify(descriptor, null, 2)}\n`) },
    { level: 6 },
  )
}
