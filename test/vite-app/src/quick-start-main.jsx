// The README's Quick start as a Vite user mounts it: scripts/vite-smoke.mjs writes the README's
// block, verbatim, to quick-start.tsx before `vite build` (it is not kept in the repository, so
// the page always shows what the README says today); this renders the one component it exports.
import { createRoot } from 'react-dom/client';
import * as quickStart from './quick-start.tsx';

const [Page, ...more] = Object.values(quickStart);
if (typeof Page !== 'function' || more.length > 0) {
  throw new Error('the README Quick start must export exactly one component');
}
createRoot(document.getElementById('root')).render(<Page />);
