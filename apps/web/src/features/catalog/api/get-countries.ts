import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiGet } from '@/lib/api-client.ts'
import { CountryListWire } from '@/lib/wire-schemas.ts'

export const getCountries = () => apiGet('/api/countries', CountryListWire)
export const countriesQueryOptions = () => queryOptions({ queryKey: ['countries'], queryFn: getCountries })
export const useCountries = () => useQuery(countriesQueryOptions())
