import type { CountryCode } from '@nap/domain'
import { AppLink } from './app-link.tsx'
import { DISPLAY_COUNTRIES } from './country-style.ts'

interface CountryPickerProps {
  label: string
  current: CountryCode
  names: Partial<Record<string, string>>
  hrefFor: (code: CountryCode) => string
}

/** One-of-four country choice as links, so the choice lives in the URL. */
export function CountryPicker({ label, current, names, hrefFor }: CountryPickerProps) {
  return (
    <nav className="segmented" aria-label={label}>
      <span className="segmented__label" aria-hidden="true">
        {label}
      </span>
      <ul>
        {DISPLAY_COUNTRIES.map((code) => (
          <li key={code}>
            <AppLink to={hrefFor(code)} aria-current={code === current ? 'true' : undefined} preventScrollReset>
              {names[code] ?? code}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
