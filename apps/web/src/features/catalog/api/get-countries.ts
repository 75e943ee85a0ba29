import { queryOptions, useQuery } from '@tanstack/react-query'
import { CountrySchema } from '@nap/schemas'
import { z } from 'zod'
import { apiGet } from '@/lib/api-client.ts'

export const getCountries = () => apiGet('/api/countries', z.array(CountrySchema))
export const countriesQueryOptions = () => queryOptions({ queryKey: ['countries'], queryFn: getCountries })
export const useCountries = () => useQuery(countriesQueryOptions())
