/** <cc-incoming-call>: the banner of a ringing call, with answer and reject slotted in. */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../components/incoming-call/incoming-call.js';

interface Args {
  number: string;
  displayName: string;
  location: string;
  queue: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Phone bar parts/Incoming call',
  component: 'cc-incoming-call',
  args: { number: '13800138000', displayName: 'Wang Fang', location: 'Shanghai', queue: 'Support' },
  render: (args) =>
    html`<cc-incoming-call
      number=${args.number}
      display-name=${args.displayName}
      location=${args.location}
      queue=${args.queue}
    >
      <button slot="actions">Answer</button>
      <button slot="actions">Reject</button>
    </cc-incoming-call>`,
};
export default meta;

export const Known: StoryObj<Args> = {};
export const NumberOnly: StoryObj<Args> = { args: { displayName: '', location: '', queue: '' } };
/** Caller and queue names come from outside: markup shows as text. */
export const UntrustedText: StoryObj<Args> = {
  args: { displayName: '<img src=x onerror=alert(1)>', queue: '<script>alert(1)</script>' },
};
