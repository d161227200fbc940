/** Builds RTCStatsReport look-alikes for tests: a Map of id -> stats dictionary. */
export type FakeStat = Record<string, unknown> & { id: string; type: string };

export function fakeReport(stats: readonly FakeStat[]): RTCStatsReport {
  return new Map(stats.map((s) => [s.id, s])) as unknown as RTCStatsReport;
}

/** A typical audio call's report; counters and times in the units getStats uses (seconds). */
export function audioCallReport(values: {
  packetsReceived: number;
  packetsLost?: number;
  packetsSent?: number;
  jitter?: number;
  rtt?: number | null;
  pairRtt?: number;
  audioLevel?: number;
  mime?: string;
}): RTCStatsReport {
  const stats: FakeStat[] = [
    { id: 'C1', type: 'codec', mimeType: values.mime ?? 'audio/opus' },
    {
      id: 'IT1',
      type: 'inbound-rtp',
      kind: 'audio',
      codecId: 'C1',
      packetsReceived: values.packetsReceived,
      packetsLost: values.packetsLost ?? 0,
      jitter: values.jitter ?? 0.004,
      audioLevel: values.audioLevel ?? 0.2,
    },
    { id: 'OT1', type: 'outbound-rtp', kind: 'audio', packetsSent: values.packetsSent ?? 0 },
    { id: 'T1', type: 'transport', selectedCandidatePairId: 'CP1' },
    {
      id: 'CP1',
      type: 'candidate-pair',
      nominated: true,
      state: 'succeeded',
      currentRoundTripTime: values.pairRtt ?? 0.002,
    },
  ];
  if (values.rtt !== null) {
    stats.push({
      id: 'RI1',
      type: 'remote-inbound-rtp',
      kind: 'audio',
      roundTripTime: values.rtt ?? 0.05,
    });
  }
  return fakeReport(stats);
}
