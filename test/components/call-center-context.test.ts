import { expect, fixture, html } from '@open-wc/testing';
import '../../components/index.js';
import type { CcCallCenter } from '../../components/call-center/call-center.component.js';
import {
  defaultCallCenter,
  hasDefaultCallCenter,
  setDefaultCallCenter,
} from '../../components/context/default-call-center.js';
import { createCallCenter } from '../../core/index.js';
import { createFakeBackend } from '../helpers/fake-backend.js';

describe('call-center context', () => {
  afterEach(async () => {
    if (hasDefaultCallCenter()) await defaultCallCenter().destroy();
    setDefaultCallCenter(null);
  });

  it('gives elements inside a provider its call center, never building the page default', async () => {
    const fake = createFakeBackend();
    const cc = createCallCenter({ backend: fake.backend });
    const provider = await fixture<CcCallCenter>(html`
      <cc-call-center .callCenter=${cc}
        ><cc-agent-status></cc-agent-status><cc-phone-bar></cc-phone-bar
      ></cc-call-center>
    `);
    await cc.ready;
    fake.setScenario('ready');
    const status = provider.querySelector('cc-agent-status')!;
    await status.updateComplete;
    expect(status.getAttribute('agent-state')).to.equal('ready');
    expect(hasDefaultCallCenter()).to.equal(false);
    await cc.destroy();
  });

  it('lets a lone element outside any provider use the page-wide default', async () => {
    const status = await fixture(html`<cc-agent-status></cc-agent-status>`);
    await (status as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(hasDefaultCallCenter()).to.equal(true);
    expect(defaultCallCenter().snapshot.backend.name).to.equal('demo');
  });
});
