/**
 * What the results page needs loaded, with no dependencies of its own, so the first module to run
 * can start fetching it (src/app/first-screen-preload.ts, src/app/results-route.tsx).
 *
 * RESULTS_NAMESPACES: every lazy namespace the page and its parts read (the bundled common, wizard
 * and profile aside), loaded in one go: a part that asked for one the page had not would suspend the
 * whole page again. The PDF, share and review-notes buttons load their own chunks and texts behind it.
 */
export const RESULTS_NAMESPACES = ['results', 'instrument', 'actions', 'cbam', 'workforce', 'methodology', 'share', 'esgcbam'] as const;
