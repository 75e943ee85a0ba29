import type { CountryCode } from '@nap/domain'
import { COUNTRY_STYLE } from '@/components/ui/country-style.ts'
import { useI18n } from '@/i18n/use-i18n.ts'
import type { ChartModel } from '../utils/to-chart-data.ts'
import { Marker, TargetMark } from './chart-marks.tsx'
import { PATH_COLOUR, PATH_DASH, PROJECTION_DASH } from './chart-lines.ts'

function LineSample({ colour, dash, marker }: { colour: string; dash?: string; marker?: CountryCode }) {
  return (
    <svg width="34" height="14" aria-hidden="true" focusable="false">
      <line x1="1" y1="7" x2="33" y2="7" stroke={colour} strokeWidth="2.5" strokeDasharray={dash} strokeLinecap="round" />
      {marker ? <Marker shape={COUNTRY_STYLE[marker].marker} cx={17} cy={7} colour={colour} size={4} /> : null}
    </svg>
  )
}

/** The chart's key in HTML (countries with their colour and marker, then the line styles). */
export function ChartLegend({ model, countryNames }: { model: ChartModel; countryNames: Partial<Record<string, string>> }) {
  const { t } = useI18n()
  const firstColour = model.countries[0] ? COUNTRY_STYLE[model.countries[0]].colour : '#000'
  return (
    <ul className="chart-legend">
      {model.countries.map((code) => (
        <li key={code}>
          <LineSample colour={COUNTRY_STYLE[code].colour} marker={code} />
          {countryNames[code] ?? code}
        </li>
      ))}
      {model.withProjection.length ? (
        <li>
          <LineSample colour={firstColour} dash={PROJECTION_DASH} />
          {t('chart.legendProjection')}
        </li>
      ) : null}
      {model.withPath.length ? (
        <li>
          <LineSample colour={PATH_COLOUR} dash={PATH_DASH} />
          {t('chart.legendPath')}
        </li>
      ) : null}
      {model.targets.length ? (
        <li>
          <svg width="34" height="16" aria-hidden="true" focusable="false">
            <TargetMark cx={17} cy={8} colour={firstColour} />
          </svg>
          {t('chart.legendTarget')}
        </li>
      ) : null}
      {model.bands.length ? (
        <li>
          <LineSample colour={firstColour} dash="1 3" />
          {t('chart.legendBand')}
        </li>
      ) : null}
      {model.events.length ? (
        <li>
          <svg width="34" height="14" aria-hidden="true" focusable="false">
            <line x1="17" y1="0" x2="17" y2="14" stroke="#9ca3af" strokeWidth="1.5" />
          </svg>
          {t('chart.legendEvents')}
        </li>
      ) : null}
    </ul>
  )
}
