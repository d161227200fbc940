/** <cc-hold-list>: calls on hold, each with a switch button. */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../components/hold-list/hold-list.js';
import type { HoldListItem } from '../components/hold-list/hold-list.component.js';

const now = Date.now();
const items: HoldListItem[] = [
  { id: 'a', name: 'Wang Fang', number: '13800138000', since: now - 95_000, switchable: true },
  { id: 'b', name: '', number: '02188886666', since: now - 20_000, switchable: true },
  { id: 'c', name: 'Li Lei', number: '13900139000', since: now - 5_000, switchable: false },
];

const meta: Meta<{ items: HoldListItem[] }> = {
  title: 'Elements/Phone bar parts/Hold list',
  component: 'cc-hold-list',
  args: { items },
  render: (args) => html`<cc-hold-list .items=${args.items}></cc-hold-list>`,
};
export default meta;

export const ThreeCalls: StoryObj<{ items: HoldListItem[] }> = {};
export const OneCall: StoryObj<{ items: HoldListItem[] }> = { args: { items: items.slice(0, 1) } };
