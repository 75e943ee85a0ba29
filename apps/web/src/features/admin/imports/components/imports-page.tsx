import { useEffect, useState } from 'react'
import { useSearchParams } from 'react-router'
import { useDocumentTitle } from '@/components/ui/use-document-title.ts'
import { gate } from '@/components/ui/query-gate.tsx'
import { paths } from '@/config/paths.ts'
import { useI18n } from '@/i18n/use-i18n.ts'
import { useEnterableIndicators } from '../../api/indicators.ts'
import type { VerdictFilter } from '../api/imports.ts'
import { IMPORT_VERDICTS, type ImportVerdict } from '../api/schemas.ts'
import { createLabels } from '../utils/labels.ts'
import { ImportHistory } from './import-history.tsx'
import { ImportResult } from './import-result.tsx'
import { UploadForm } from './upload-form.tsx'
import '../imports.css'

const isVerdict = (value: string | null): value is ImportVerdict => value !== null && (IMPORT_VERDICTS as readonly string[]).includes(value)

/** A file dropped beside the drop zone would make the browser open it, leaving the page: refused. */
function useNoStrayDrops(): void {
  useEffect(() => {
    const stop = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault()
    }
    window.addEventListener('dragover', stop)
    window.addEventListener('drop', stop)
    return () => {
      window.removeEventListener('dragover', stop)
      window.removeEventListener('drop', stop)
    }
  }, [])
}

/**
 * /admin/imports: check a file (a dry run), read what it would change, apply it; the history of
 * imports with their revert. The URL holds the import shown (?import=) and the verdict filters.
 * The route gives the country names (the catalog is another feature).
 */
export function ImportsPage({ countryNames }: { countryNames: Partial<Record<string, string>> }) {
  const { t, l, lang } = useI18n()
  useDocumentTitle(t('admin.imports.title'))
  useNoStrayDrops()
  const [search, setSearch] = useSearchParams()
  const indicators = useEnterableIndicators()
  const [justChecked, setJustChecked] = useState<number | null>(null)
  const state = gate([indicators], { loadingLines: 6 })

  const idText = search.get('import')
  const importId = idText !== null && /^[1-9]\d{0,9}$/.test(idText) ? Number(idText) : null
  const verdict = search.get('verdict')
  const filter: VerdictFilter = {
    verdict: isVerdict(verdict) ? verdict : undefined,
    indicator: search.get('indicator') || undefined,
    country: search.get('country') || undefined,
  }
  const update = (values: Record<string, string | undefined>) => {
    const params = new URLSearchParams(search)
    for (const [key, value] of Object.entries(values)) {
      if (value) params.set(key, value)
      else params.delete(key)
    }
    setSearch(params)
  }

  const labels = createLabels(indicators.data ?? [], countryNames, l, lang)
  return (
    <>
      <h1>{t('admin.imports.title')}</h1>
      <p className="lede">{t('admin.imports.intro')}</p>
      {!state.ready ? (
        state.element
      ) : (
        <div className="imports">
          <UploadForm
            indicators={state.data[0]}
            labels={labels}
            onChecked={(detail) => {
              setJustChecked(detail.id)
              update({ import: String(detail.id), verdict: undefined, indicator: undefined, country: undefined })
            }}
          />
          {importId !== null ? (
            <ImportResult
              key={importId}
              id={importId}
              filter={filter}
              onFilter={(next) => update({ verdict: next.verdict, indicator: next.indicator, country: next.country })}
              indicators={state.data[0]}
              labels={labels}
              focus={justChecked === importId}
            />
          ) : null}
          <ImportHistory labels={labels} hrefOf={(id) => paths.adminImports.build({ import: id })} />
        </div>
      )}
    </>
  )
}
