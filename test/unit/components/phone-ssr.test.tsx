// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PhoneInput } from '../../../src/components/PhoneInput.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';

describe('PhoneInput under server rendering', () => {
  it('renders without window or document, with the formatted number and country', () => {
    expect(typeof document).toBe('undefined');
    const html = renderToString(
      <PhoneInput defaultValue="+8613800138000" name="phone" messages={zhCN} />,
    );
    expect(html).toContain('value="138 0013 8000"');
    expect(html).toContain('value="+86"');
    expect(html).toContain('value="+8613800138000"');
    expect(html).toContain('手机号');
  });
});
