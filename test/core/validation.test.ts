import { expect } from '@open-wc/testing';
import {
  cleanNumber,
  MAX_NUMBER_LENGTH,
  validateDtmf,
  validateNumber,
  validateReason,
  validateTransferTarget,
  validateWrapUpExtension,
} from '../../core/model/validation.js';
import type { TransferTargetKind } from '../../core/store/state.js';
import { FAKE_REASONS } from '../helpers/builders.js';
import { thrownBy } from '../helpers/errors.js';

const NUMBERS_ONLY = { sipUris: false };
const WITH_SIP = { sipUris: true };
const ALL_KINDS: readonly TransferTargetKind[] = ['agent', 'number', 'extension', 'queue', 'ivr'];

describe('validation', () => {
  describe('validateNumber', () => {
    it('refuses an empty or blank number with empty-number', () => {
      expect(thrownBy(() => validateNumber('', NUMBERS_ONLY)).code).to.equal('empty-number');
      expect(thrownBy(() => validateNumber('   ', NUMBERS_ONLY)).code).to.equal('empty-number');
    });

    it('refuses letters with invalid-number, naming the bad character', () => {
      const error = thrownBy(() => validateNumber('12a#', NUMBERS_ONLY));
      expect(error.code).to.equal('invalid-number');
      expect(error.message).to.contain('"a"');
    });

    it('cleans a pasted number: spaces, parentheses and dashes go, the + stays', () => {
      expect(validateNumber('+86 (10) 8888-1234', NUMBERS_ONLY)).to.equal('+861088881234');
      expect(validateNumber(' 021.6666\u00a07777 ', NUMBERS_ONLY)).to.equal('02166667777');
    });

    it('accepts full-width digits typed with a Chinese input method', () => {
      expect(validateNumber('１３８００１３８０００', NUMBERS_ONLY)).to.equal('13800138000');
      expect(validateNumber('＋８６　１０', NUMBERS_ONLY)).to.equal('+8610');
    });

    it('keeps * and # for feature codes', () => {
      expect(validateNumber('*72#', NUMBERS_ONLY)).to.equal('*72#');
    });

    it('refuses a + in the middle', () => {
      expect(thrownBy(() => validateNumber('86+10', NUMBERS_ONLY)).code).to.equal('invalid-number');
    });

    it(`refuses a number longer than ${MAX_NUMBER_LENGTH} digits`, () => {
      expect(validateNumber('1'.repeat(MAX_NUMBER_LENGTH), NUMBERS_ONLY)).to.have.length(
        MAX_NUMBER_LENGTH,
      );
      expect(
        thrownBy(() => validateNumber('1'.repeat(MAX_NUMBER_LENGTH + 1), NUMBERS_ONLY)).code,
      ).to.equal('invalid-number');
    });

    it('accepts SIP URIs and SIP user names only when the back end dials them', () => {
      expect(
        thrownBy(() => validateNumber('sip:1001@pbx.example.com', NUMBERS_ONLY)).code,
      ).to.equal('invalid-number');
      expect(thrownBy(() => validateNumber('alice', NUMBERS_ONLY)).code).to.equal('invalid-number');
      expect(validateNumber('sip:1001@pbx.example.com', WITH_SIP)).to.equal(
        'sip:1001@pbx.example.com',
      );
      expect(validateNumber('sips:alice@10.0.0.5:5061;transport=tls', WITH_SIP)).to.equal(
        'sips:alice@10.0.0.5:5061;transport=tls',
      );
      expect(validateNumber('alice', WITH_SIP)).to.equal('alice');
    });

    it('refuses a malformed SIP URI with invalid-sip-uri', () => {
      expect(thrownBy(() => validateNumber('sip:no-host', WITH_SIP)).code).to.equal(
        'invalid-sip-uri',
      );
      expect(thrownBy(() => validateNumber('sip:a b@host', WITH_SIP)).code).to.equal(
        'invalid-sip-uri',
      );
    });

    it('cleanNumber does not validate', () => {
      expect(cleanNumber(' (0)12-ab ')).to.equal('012ab');
    });
  });

  describe('validateDtmf', () => {
    const PLAIN = { maxDigits: 24, letters: false };
    const LETTERS = { maxDigits: 24, letters: true };

    it('accepts 0-9 * # up to the limit', () => {
      expect(validateDtmf('0123456789*#', PLAIN)).to.equal('0123456789*#');
      expect(validateDtmf('1'.repeat(24), PLAIN)).to.have.length(24);
    });

    it('refuses 25 digits with dtmf-too-long', () => {
      expect(thrownBy(() => validateDtmf('1'.repeat(25), PLAIN)).code).to.equal('dtmf-too-long');
    });

    it("follows the back end's own limit", () => {
      expect(thrownBy(() => validateDtmf('1234', { maxDigits: 3, letters: false })).code).to.equal(
        'dtmf-too-long',
      );
    });

    it('refuses other keys with invalid-dtmf and an empty string with empty-dtmf', () => {
      expect(thrownBy(() => validateDtmf('x', PLAIN)).code).to.equal('invalid-dtmf');
      expect(thrownBy(() => validateDtmf('1 2', PLAIN)).code).to.equal('invalid-dtmf');
      expect(thrownBy(() => validateDtmf('', PLAIN)).code).to.equal('empty-dtmf');
    });

    it('accepts A-D only when the back end sends letters, upper-casing them', () => {
      expect(thrownBy(() => validateDtmf('A', PLAIN)).code).to.equal('invalid-dtmf');
      expect(validateDtmf('abcd', LETTERS)).to.equal('ABCD');
      expect(thrownBy(() => validateDtmf('E', LETTERS)).code).to.equal('invalid-dtmf');
    });

    it('accepts full-width digits', () => {
      expect(validateDtmf('１＃', PLAIN)).to.equal('1#');
    });
  });

  describe('validateWrapUpExtension', () => {
    const RANGE = { extendable: true, min: 30, max: 900 };

    it('accepts whole seconds in the range, inclusive', () => {
      expect(validateWrapUpExtension(30, RANGE)).to.equal(30);
      expect(validateWrapUpExtension(900, RANGE)).to.equal(900);
    });

    for (const bad of [10, 29, 901, 30.5, Number.NaN, -60]) {
      it(`refuses ${bad} with wrap-up-extension-out-of-range`, () => {
        expect(thrownBy(() => validateWrapUpExtension(bad, RANGE)).code).to.equal(
          'wrap-up-extension-out-of-range',
        );
      });
    }

    it("follows the back end's range", () => {
      expect(validateWrapUpExtension(10, { extendable: true, min: 5, max: 60 })).to.equal(10);
      expect(
        thrownBy(() => validateWrapUpExtension(90, { extendable: true, min: 5, max: 60 })).message,
      ).to.contain('5 to 60');
    });
  });

  describe('validateReason', () => {
    it("finds a reason by code or by object in the back end's list", () => {
      expect(validateReason('11', FAKE_REASONS)).to.equal(FAKE_REASONS[1]);
      expect(validateReason({ code: '12', label: 'anything' }, FAKE_REASONS)).to.equal(
        FAKE_REASONS[2],
      );
    });

    it('refuses an unknown reason with unknown-reason, listing the known codes', () => {
      const error = thrownBy(() => validateReason('99', FAKE_REASONS));
      expect(error.code).to.equal('unknown-reason');
      expect(error.message).to.contain('2, 11, 12, 13');
      expect(thrownBy(() => validateReason('2', [])).code).to.equal('unknown-reason');
    });
  });

  describe('validateTransferTarget', () => {
    it("parses 'queue:sales', 'agent:1002', 'ivr:survey' and 'ext:8002'", () => {
      expect(validateTransferTarget('queue:sales', ALL_KINDS)).to.deep.equal({
        kind: 'queue',
        queueId: 'sales',
      });
      expect(validateTransferTarget('agent: 1002 ', ALL_KINDS)).to.deep.equal({
        kind: 'agent',
        agentId: '1002',
      });
      expect(validateTransferTarget('IVR:survey', ALL_KINDS)).to.deep.equal({
        kind: 'ivr',
        nodeId: 'survey',
      });
      expect(validateTransferTarget('ext:8002', ALL_KINDS)).to.deep.equal({
        kind: 'extension',
        extension: '8002',
      });
    });

    it('reads any other text as a number, cleaned and validated', () => {
      expect(validateTransferTarget(' 138-0013-8000 ', ALL_KINDS)).to.deep.equal({
        kind: 'number',
        number: '13800138000',
      });
      expect(thrownBy(() => validateTransferTarget('call bob', ALL_KINDS)).code).to.equal(
        'invalid-number',
      );
    });

    it('refuses an empty target with empty-transfer-target', () => {
      expect(thrownBy(() => validateTransferTarget('', ALL_KINDS)).code).to.equal(
        'empty-transfer-target',
      );
      expect(thrownBy(() => validateTransferTarget('queue:', ALL_KINDS)).code).to.equal(
        'empty-transfer-target',
      );
      expect(
        thrownBy(() => validateTransferTarget({ kind: 'agent', agentId: ' ' }, ALL_KINDS)).code,
      ).to.equal('empty-transfer-target');
    });

    it('refuses a kind the back end cannot transfer to, naming the ones it can', () => {
      const error = thrownBy(() => validateTransferTarget('ivr:survey', ['agent', 'number']));
      expect(error.code).to.equal('transfer-target-unsupported');
      expect(error.message).to.contain('an agent, a number');
      expect(
        thrownBy(() => validateTransferTarget({ kind: 'queue', queueId: 'sales' }, [])).code,
      ).to.equal('transfer-target-unsupported');
    });

    it('refuses something that is not a target with invalid-transfer-target', () => {
      expect(thrownBy(() => validateTransferTarget({} as never, ALL_KINDS)).code).to.equal(
        'invalid-transfer-target',
      );
    });

    it('transfers to a SIP address only when the back end dials them', () => {
      expect(
        thrownBy(() => validateTransferTarget('sip:bob@pbx', ['number'], NUMBERS_ONLY)).code,
      ).to.equal('invalid-number');
      expect(validateTransferTarget('sip:bob@pbx', ['number'], WITH_SIP)).to.deep.equal({
        kind: 'number',
        number: 'sip:bob@pbx',
      });
    });
  });
});
