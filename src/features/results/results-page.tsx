// Replaced by the feature's own screen; until then the step says what comes next.
export { default } from '../wizard/coming-next';
