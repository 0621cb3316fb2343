/** The table `npm run bench` prints from its results, each goal marked met or not. */

export function printSummary(r: any) {
  const ok = (b: boolean) => (b ? 'met' : 'NOT met');
  const lines = [
    '',
    `Benchmark (${r.cpus} CPUs, Node ${r.node}, Redis ${r.redis}${r.quick ? ', QUICK' : ''}) — ratios measured in this run`,
    '',
    ...(r.issue
      ? [
          `  ticket issue / hello-world     ${r.issue.issueRps} / ${r.issue.helloRps} req/s = ${r.issue.ratio}   (goal >= 0.6: ${ok(r.issue.ratio >= 0.6)})`,
          `  Redis commands per ticket      ${r.issue.redisCommandsPerTicket} sent by the server ${JSON.stringify(r.issue.redisCommandsPerTicketByName)}   (goal 1: ${ok(r.issue.redisCommandsPerTicket <= 1.05)})`,
        ]
      : []),
    ...(r.callToScreen
      ? [
          `  call to ${r.callToScreen.sockets} screens p50       ${r.callToScreen.appP50Ms} ms vs bare ${r.callToScreen.bareP50Ms} ms = ${r.callToScreen.p50Ratio}`,
          `  call to ${r.callToScreen.sockets} screens p99       ${r.callToScreen.appP99Ms} ms vs bare ${r.callToScreen.bareP99Ms} ms = ${r.callToScreen.p99Ratio}   (goal <= 1.5: ${ok(r.callToScreen.p99Ratio <= 1.5)})`,
        ]
      : []),
    ...(r.phones
      ? [
          `  phones: ${r.phones.phones} in ${r.phones.offices} offices   ${r.phones.httpRequestsPerCall} HTTP requests per call   (goal 1, the call itself: ${ok(r.phones.httpRequestsPerCall <= 1)})`,
          `  call to the phones' positions  p99 ${r.phones.appP99Ms} ms vs bare ${r.phones.bareP99Ms} ms = ${r.phones.p99Ratio}   (goal <= 1.5: ${ok(r.phones.p99Ratio <= 1.5)})`,
        ]
      : []),
    ...(r.province ? provinceLines(r.province, r.cpus, ok) : []),
    ...(r.provinceViews
      ? [
          `  … live wall, ${r.provinceViews.offices} offices: snapshot ${r.provinceViews.wallSnapshotMs} ms; refresh with every office changed ${r.provinceViews.wallRefreshAllChangedMs} ms = ${r.provinceViews.wallRefreshRatio} × their bare day rollups   (goal < 50 ms: ${ok(r.provinceViews.wallRefreshAllChangedMs < 50)})`,
          `  … one-year ranking             ${r.provinceViews.rankingYearMs} ms (first ${r.provinceViews.rankingYearFirstMs} ms) = ${r.provinceViews.rankingRatio} × their bare month hashes   (goal < 1 s: ${ok(r.provinceViews.rankingYearMs < 1000)})`,
        ]
      : []),
    ...(r.reports
      ? [
          ...Object.entries(r.reports.runs).map(([size, x]: [string, any]) => `  one-year report, ${size.padStart(7)} tickets   ${x.medianMs} ms`),
          `  report largest / 10k           ${r.reports.ratioLargestTo10k}   (goal <= 2: ${ok(r.reports.ratioLargestTo10k <= 2)}; under 100 ms: ${ok(r.reports.largestUnder100ms)})`,
        ]
      : []),
    ...(r.memory
      ? [
          `  memory per ticket              ${r.memory.bytesPerTicketLongTerm} bytes with its events in Redis, long term (ticket ${r.memory.bytesPerTicketTicketHash}, events ${r.memory.bytesPerTicketEvents}); ${r.memory.bytesPerTicket} until the idempotency keys expire (a day)   (goal <= 500: ${ok(r.memory.bytesPerTicketLongTerm <= 500)})`,
          `  … events archived (day + 1)    ${r.memory.bytesPerTicketAfterEventArchive} bytes, long term   (goal <= 500: ${ok(r.memory.bytesPerTicketAfterEventArchive <= 500)})`,
          `  city: 500 offices, 1 year      ${r.memory.city.tickets} tickets ≈ ${r.memory.city.rawGiB} GiB raw (${r.memory.city.rawGiBAfterEventArchive} GiB with events archived) + ${r.memory.city.rollupsGiB} GiB rollups`,
        ]
      : []),
    ...Object.entries(r.pages ?? {}).map(
      ([page, x]: [string, any]) => `  page ${page.padEnd(28)} ${(x.gzipBytes / 1024).toFixed(1)} kB gzipped JS (${x.files} files)`,
    ),
    '',
    `  ${process.env.BENCH_ONLY ? 'results.json left alone (BENCH_ONLY)' : 'saved bench/results.json'} (${r.seconds} s)`,
    '',
  ];
  console.log(lines.join('\n'));
}

/** Cores a load run kept busy: the server processes, Redis and the load generator (with the screens). */
const busy = (run: any) =>
  Math.round((run.serverCpuShare.reduce((a: number, b: number) => a + b, 0) + run.redisCpuShare + run.loadGeneratorCpuShare) * 100) / 100;

function provinceLines(p: any, cpus: number, ok: (b: boolean) => string): string[] {
  const s = p.startup;
  return [
    `  province: ${p.offices} offices, ${p.screens} screens, every office calling at once`,
    `  … call → board p50             ${p.board.app.p50Ms} ms vs bare ${p.board.bare.p50Ms} ms = ${p.p50Ratio}`,
    `  … call → board p99             ${p.board.app.p99Ms} ms vs bare ${p.board.bare.p99Ms} ms = ${p.p99Ratio}   (goal <= 1.5: ${ok(p.p99Ratio <= 1.5)})`,
    ...(p.roundCpuMsPerCall ? [`    server CPU per call of a round  ${p.roundCpuMsPerCall.app} ms vs bare ${p.roundCpuMsPerCall.bare} ms`] : []),
    ...(p.serverSide
      ? [
          `    inside the servers, a round    last request ${p.serverSide.app.lastRequestMs} ms, last call sent ${p.serverSide.app.lastCallMs} ms vs bare ${p.serverSide.bare.lastRequestMs} / ${p.serverSide.bare.lastCallMs} ms (after the round's first request)`,
          `    Redis's time in a call script   ${p.redisUsPerCallScript} µs (callTicket.lua with its commands)`,
        ]
      : []),
    `  … server CPU per lifecycle     ${p.cpuMsPerLifecycle} ms (issue, call, complete)   (goal <= 1.5 ms: ${ok(p.cpuMsPerLifecycle <= 1.5)})`,
    // milliseconds move with the machine (2.5× between sessions here); this measure of it much less
    ...(p.roundCpuMsPerCall
      ? [
          `    in this machine's bare broadcasts  ${Math.round((p.cpuMsPerLifecycle / p.roundCpuMsPerCall.bare) * 10) / 10} (the bare socket.io server's CPU a broadcast: ${p.roundCpuMsPerCall.bare} ms)`,
        ]
      : []),
    ...(s.few
      ? [
          `  … start-up, ${String(s.few.offices).padStart(3)} offices        ${s.few.again.readyMs} ms to /readyz (first start ${s.few.first.readyMs} ms)`,
          `  … start-up, ${String(s.all.offices).padStart(3)} offices        ${s.all.again.readyMs} ms to /readyz (first start ${s.all.first.readyMs} ms) = ${p.startupRatioAllToFew} × the few   (goal < 3 s: ${ok(p.startupReadyMs < 3000)}; flat, <= 1.2: ${ok(p.startupRatioAllToFew <= 1.2)})`,
        ]
      : []),
    ...(p.twoProcesses
      ? [
          `  … two processes / one          ${p.twoProcesses.perSecond} / ${p.oneProcess.perSecond} lifecycles/s = ${p.twoToOne}   (goal ≈ 2: ${ok(p.twoToOne >= 1.8)})`,
          `    calls lost between them       ${p.twoProcesses.missedCalls}   (goal none: ${ok(p.twoProcesses.missedCalls === 0)})`,
          `    cores busy (servers, Redis, load) one ${busy(p.oneProcess)} of ${cpus}, two ${busy(p.twoProcesses)} of ${cpus}: the second process has only what the first left`,
          `    server CPU per lifecycle, two / one  ${p.twoProcesses.cpuMsPerLifecycle} / ${p.oneProcess.cpuMsPerLifecycle} ms = ${p.twoCpuPerLifecycleToOne}: with a core each (and Redis and the clients keeping up), two would carry about ${Math.round((2 / p.twoCpuPerLifecycleToOne) * 100) / 100}× one`,
        ]
      : []),
  ];
}
