import '@testing-library/jest-dom/vitest';
import { beforeEach } from 'vitest';

// Real browser events (CDP clicks) happen outside React's act(): tell React this is not a
// unit-test environment so it neither warns nor waits for act to flush updates. In each test,
// not once here: Testing Library turns it back on in a beforeAll of its own, which runs after
// this file. Its render() and act() still switch it on for their own duration.
beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});
