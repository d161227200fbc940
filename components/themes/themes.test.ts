/**
 * The theme files: light.css defines every token components fall back to, with the same
 * values; dark.css defines the same colour tokens in both of its blocks, with equal values.
 */
import { expect } from '@open-wc/testing';
import { lightTokenValues } from './tokens.js';

async function declarations(file: string): Promise<Map<string, Map<string, string>>> {
  const css = await (await fetch(new URL(file, import.meta.url))).text();
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  const blocks = new Map<string, Map<string, string>>();
  const visit = (rules: CSSRuleList, prefix = '') => {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule) visit(rule.cssRules, `@media ${rule.conditionText} `);
      else if (rule instanceof CSSStyleRule) {
        const values = new Map<string, string>();
        for (const name of rule.style)
          values.set(name, rule.style.getPropertyValue(name).replace(/\s+/g, ' ').trim());
        blocks.set(prefix + rule.selectorText, values);
      }
    }
  };
  visit(sheet.cssRules);
  return blocks;
}

describe('themes', () => {
  it('light.css sets color-scheme and every token with the fallback values', async () => {
    const blocks = await declarations('./light.css');
    const root = [...blocks].find(([selector]) => selector.startsWith(':root'))![1];
    expect(root.get('color-scheme')).to.equal('light');
    for (const [name, value] of Object.entries(lightTokenValues)) {
      expect(root.get(`--cc-${name}`), name).to.equal(value);
    }
  });

  it('dark.css: class/attribute block and prefers-color-scheme block agree, with color-scheme dark', async () => {
    const blocks = await declarations('./dark.css');
    const explicit = [...blocks].find(([selector]) => selector.includes('.cc-theme-dark'))![1];
    const media = [...blocks].find(([selector]) => selector.startsWith('@media'))![1];
    expect(explicit.get('color-scheme')).to.equal('dark');
    expect([...media]).to.deep.equal([...explicit]);
    // Every colour token of the light theme has a dark value.
    for (const name of Object.keys(lightTokenValues).filter(
      (n) => n.startsWith('color-') || n.startsWith('state-'),
    )) {
      expect(explicit.has(`--cc-${name}`), name).to.equal(true);
    }
  });
});
