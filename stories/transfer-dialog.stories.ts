/** <cc-transfer-dialog>: where a call goes: the live agent directory, a number, a queue, an IVR node. */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../components/transfer-dialog/transfer-dialog.js';
import type { TransferTargetKind } from '../core/store/state.js';
import { makeBusyRosterAgent, makeRosterAgent } from '../test/helpers/builders.js';

interface Args {
  mode: 'transfer' | 'consult';
  transferKinds: TransferTargetKind[];
  consultKinds: TransferTargetKind[];
  busy: boolean;
  error: string;
}

const agents = [
  makeRosterAgent({ id: '2001', name: 'Zhao Min', extension: '6001' }),
  makeRosterAgent({ id: '2002', name: 'Sun Li', extension: '6002' }),
  makeBusyRosterAgent({ id: '2003', name: 'Qian Lu', extension: '6003' }),
  makeRosterAgent({
    id: '2004',
    name: 'Zhou Jie',
    extension: '6004',
    presence: 'not-ready',
    reason: { code: '11', label: 'Break' },
  }),
  makeRosterAgent({ id: '2005', name: 'Wu Fei', extension: '6005', presence: 'offline' }),
];

const meta: Meta<Args> = {
  title: 'Elements/Phone bar parts/Transfer dialog',
  component: 'cc-transfer-dialog',
  args: {
    mode: 'transfer',
    transferKinds: ['agent', 'number', 'queue', 'ivr'],
    consultKinds: ['agent', 'number'],
    busy: false,
    error: '',
  },
  parameters: { layout: 'fullscreen' },
  render: (args) =>
    html`<div style="min-height: 40rem">
      <cc-transfer-dialog
        open
        .mode=${args.mode}
        .transferKinds=${args.transferKinds}
        .consultKinds=${args.consultKinds}
        can-transfer
        can-consult
        .agents=${agents}
        .queues=${[
          { id: 'support', name: 'Support', waiting: 2 },
          { id: 'sales', name: 'Sales', waiting: 0 },
        ]}
        .ivrNodes=${[
          { id: 'survey', name: 'Satisfaction survey' },
          { id: 'billing', name: 'Billing menu' },
        ]}
        .busy=${args.busy}
        .error=${args.error}
      ></cc-transfer-dialog>
    </div>`,
};
export default meta;

export const Transfer: StoryObj<Args> = {};
export const Consult: StoryObj<Args> = { args: { mode: 'consult' } };
export const QueuesOnly: StoryObj<Args> = { args: { transferKinds: ['queue'], consultKinds: [] } };
export const Failed: StoryObj<Args> = {
  args: { error: 'The contact center refused the request. (40301: Line locked)' },
};
