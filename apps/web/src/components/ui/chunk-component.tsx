import { startTransition, useEffect, useState, type ComponentType, type ReactNode } from 'react'

/**
 * A component whose code is its own chunk, drawn without Suspense: until the chunk has arrived, this
 * component draws `placeholder` itself, then the loaded component in the same place.
 *
 * Why not React.lazy: a lazy component suspends, and React 19 reveals a Suspense boundary's content
 * no sooner than 300 ms after its fallback appeared, so a page's first screen (its title, often the
 * largest text) waited that long after its chunk had arrived. Here the chunk's arrival is an ordinary
 * state update (a transition), drawn without delay. Once loaded, the component is drawn at once on every mount.
 */
export type ChunkComponent<P extends object> = ComponentType<P> & {
  /**
   * Starts loading the chunk (once): called with the page's data requests, before React first renders,
   * so that a chunk already downloaded (the early script asks for it) is drawn in the first render.
   */
  preload: () => Promise<unknown>
}

export function chunkComponent<P extends object>(load: () => Promise<ComponentType<P>>, placeholder: ReactNode): ChunkComponent<P> {
  let loaded: ComponentType<P> | undefined
  let pending: Promise<ComponentType<P>> | undefined
  const start = () => {
    pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined // the next mount tries again
        throw error
      },
    )
    return pending
  }

  function ChunkComponent(props: P) {
    const [state, setState] = useState<{ component?: ComponentType<P>; error?: unknown }>(() => ({ component: loaded }))
    useEffect(() => {
      if (state.component || state.error) return
      let live = true
      start().then(
        (component) => {
          // In a transition: React draws the component in short slices, not in one long task.
          if (live) startTransition(() => setState({ component }))
        },
        (error: unknown) => {
          if (live) setState({ error: error ?? new Error('The component could not be loaded') })
        },
      )
      return () => {
        live = false
      }
    }, [state])
    if (state.error) throw state.error
    const Component = state.component
    return Component ? <Component {...props} /> : placeholder
  }
  return Object.assign(ChunkComponent, { preload: () => start().catch(() => undefined) })
}
