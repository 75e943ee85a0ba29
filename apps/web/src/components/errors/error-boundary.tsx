import { Component, type ReactNode } from 'react'

interface ErrorBoundaryProps {
  /** Renders the error with a way to try again. */
  fallback: (error: unknown, reset: () => void) => ReactNode
  /** When this changes the boundary resets (e.g. the route or the selection). */
  resetKey?: string
  children: ReactNode
}

interface ErrorBoundaryState {
  error: unknown
  resetKey: string | undefined
}

/** One boundary per panel, so a broken chart does not take the page down. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, resetKey: this.props.resetKey }

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error ?? new Error('Unknown error') }
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState): Partial<ErrorBoundaryState> | null {
    if (props.resetKey !== state.resetKey) return { error: null, resetKey: props.resetKey }
    return null
  }

  reset = () => this.setState({ error: null })

  override render() {
    if (this.state.error) return this.props.fallback(this.state.error, this.reset)
    return this.props.children
  }
}
