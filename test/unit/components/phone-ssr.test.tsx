// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PhoneInput } from '../../../src/components/PhoneInput.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';

describe('PhoneInput under server rendering', () => {
  it('renders without window or document: the digits as given, the country, no verdict yet', () => {
    expect(typeof document).toBe('undefined');
    const html = renderToString(
      <PhoneInput defaultValue="+8613800138000" name="phone" messages={zhCN} />,
    );
    // The server cannot know which metadata pieces the browser will have: it shows the digits
    // unformatted and says "pending", as the hydrating client's first render does.
    expect(html).toContain('value="13800138000"');
    expect(html).toContain('data-state="pending"');
    expect(html).toContain('value="+86"');
    expect(html).toContain('value="+8613800138000"');
    expect(html).toContain('手机号');
    expect(html).not.toContain('data-valid');
  });
});
