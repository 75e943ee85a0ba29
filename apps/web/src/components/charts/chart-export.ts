/**
 * Turns the on-screen Recharts SVG into a standalone picture: title on top, the chart, a legend and
 * the source line below, white background, fonts set inline. PNG is drawn from that SVG on a canvas.
 */
const SVG_NS = 'http://www.w3.org/2000/svg'
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif'

export interface ExportLegendItem {
  label: string
  colour: string
  /** SVG stroke-dasharray of the line sample; none for a solid line. */
  dash?: string
  /** Draw a ◎ instead of a line. */
  target?: boolean
}

export interface ExportOptions {
  title: string
  legend: readonly ExportLegendItem[]
  sourceLine: string
}

export interface ExportedSvg {
  markup: string
  width: number
  height: number
}

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG_NS, name)
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value))
  if (text !== undefined) node.textContent = text
  return node
}

/** Splits text into lines of at most `max` characters at spaces. */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) lines.push(line)
  return lines
}

export function buildExportSvg(chart: SVGSVGElement, options: ExportOptions): ExportedSvg {
  const box = chart.getBoundingClientRect()
  const width = Math.max(Math.round(box.width || Number(chart.getAttribute('width')) || 800), 480)
  const chartHeight = Math.round(box.height || Number(chart.getAttribute('height')) || 360)
  const charsPerLine = Math.floor((width - 32) / 7.2)
  const titleLines = wrapText(options.title, Math.floor((width - 32) / 9))
  const titleHeight = 16 + titleLines.length * 22
  const perRow = Math.max(1, Math.floor((width - 32) / 230))
  const legendRows = Math.ceil(options.legend.length / perRow)
  const legendHeight = legendRows * 22 + 8
  const sourceLines = wrapText(options.sourceLine, charsPerLine)
  const height = titleHeight + chartHeight + legendHeight + sourceLines.length * 16 + 16

  const root = el('svg', { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': FONT })
  root.append(el('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }))
  titleLines.forEach((line, i) => root.append(el('text', { x: 16, y: 30 + i * 22, 'font-size': 17, 'font-weight': 600, fill: '#111827' }, line)))

  const clone = chart.cloneNode(true) as SVGSVGElement
  clone.setAttribute('x', '0')
  clone.setAttribute('y', String(titleHeight))
  clone.setAttribute('width', String(width))
  clone.setAttribute('height', String(chartHeight))
  clone.removeAttribute('style')
  clone.removeAttribute('class')
  clone.setAttribute('font-family', FONT)
  root.append(clone)

  const legendTop = titleHeight + chartHeight + 8
  options.legend.forEach((item, i) => {
    const x = 16 + (i % perRow) * 230
    const y = legendTop + Math.floor(i / perRow) * 22
    if (item.target) {
      root.append(el('circle', { cx: x + 12, cy: y + 8, r: 6, fill: '#fff', stroke: item.colour, 'stroke-width': 1.5 }))
      root.append(el('circle', { cx: x + 12, cy: y + 8, r: 2, fill: item.colour }))
    } else {
      root.append(el('line', { x1: x, y1: y + 8, x2: x + 24, y2: y + 8, stroke: item.colour, 'stroke-width': 2.5, ...(item.dash ? { 'stroke-dasharray': item.dash } : {}) }))
    }
    root.append(el('text', { x: x + 32, y: y + 12, 'font-size': 12, fill: '#1f2937' }, item.label))
  })
  const sourceTop = legendTop + legendHeight + 6
  sourceLines.forEach((line, i) => root.append(el('text', { x: 16, y: sourceTop + i * 16, 'font-size': 11, fill: '#4b5563' }, line)))

  const markup = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`
  return { markup, width, height }
}

/** Rasterises the exported SVG at `scale` × its size. */
export function svgToPngBlob(svg: ExportedSvg, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const image = new Image()
    image.onload = () => {
      const canvas = document.createElement('canvas')
      canvas.width = Math.round(svg.width * scale)
      canvas.height = Math.round(svg.height * scale)
      const context = canvas.getContext('2d')
      if (!context) {
        reject(new Error('Canvas is not available'))
        return
      }
      context.fillStyle = '#ffffff'
      context.fillRect(0, 0, canvas.width, canvas.height)
      context.scale(scale, scale)
      context.drawImage(image, 0, 0, svg.width, svg.height)
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png')
    }
    image.onerror = () => reject(new Error('The chart could not be drawn as an image'))
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.markup)}`
  })
}
