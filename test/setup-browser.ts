import '@testing-library/jest-dom/vitest';

// Real browser events (CDP clicks) happen outside React's act(): tell React this is not a
// unit-test environment so it neither warns nor waits for act to flush updates.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
