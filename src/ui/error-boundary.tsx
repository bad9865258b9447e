import { Component, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** shown instead of the children once they threw */
  fallback: ReactNode;
  /** a new value gives the children a fresh try (a new page, a changed assessment) */
  resetKey?: unknown;
}

/**
 * A part that fails (a bug, or a chunk that can no longer be loaded after an update) shows
 * `fallback` in its place and leaves the rest of the page usable; the data stays stored.
 */
export class ErrorBoundary extends Component<Props, { failed: boolean; key: unknown }> {
  override state = { failed: false, key: this.props.resetKey };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  static getDerivedStateFromProps(props: Props, state: { failed: boolean; key: unknown }) {
    return props.resetKey !== state.key ? { failed: false, key: props.resetKey } : null;
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
