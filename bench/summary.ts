/** The table `npm run bench` prints from its results, each goal marked met or not. */

export function printSummary(r: any) {
  const ok = (b: boolean) => (b ? 'met' : 'NOT met');
  const lines = [
    '',
    `Benchmark (${r.cpus} CPUs, Node ${r.node}, Redis ${r.redis}${r.quick ? ', QUICK' : ''}) — ratios measured in this run`,
    '',
    `  ticket issue / hello-world     ${r.issue.issueRps} / ${r.issue.helloRps} req/s = ${r.issue.ratio}   (goal >= 0.6: ${ok(r.issue.ratio >= 0.6)})`,
    `  Redis commands per ticket      ${r.issue.redisCommandsPerTicket} sent by the server ${JSON.stringify(r.issue.redisCommandsPerTicketByName)}   (goal 1: ${ok(r.issue.redisCommandsPerTicket <= 1.05)})`,
    `  call to ${r.callToScreen.sockets} screens p50       ${r.callToScreen.appP50Ms} ms vs bare ${r.callToScreen.bareP50Ms} ms = ${r.callToScreen.p50Ratio}`,
    `  call to ${r.callToScreen.sockets} screens p99       ${r.callToScreen.appP99Ms} ms vs bare ${r.callToScreen.bareP99Ms} ms = ${r.callToScreen.p99Ratio}   (goal <= 1.5: ${ok(r.callToScreen.p99Ratio <= 1.5)})`,
    `  phones: ${r.phones.phones} in ${r.phones.offices} offices   ${r.phones.httpRequestsPerCall} HTTP requests per call   (goal 1, the call itself: ${ok(r.phones.httpRequestsPerCall <= 1)})`,
    `  call to the phones' positions  p99 ${r.phones.appP99Ms} ms vs bare ${r.phones.bareP99Ms} ms = ${r.phones.p99Ratio}   (goal <= 1.5: ${ok(r.phones.p99Ratio <= 1.5)})`,
    ...Object.entries(r.reports.runs).map(([size, x]: [string, any]) => `  one-year report, ${size.padStart(7)} tickets   ${x.medianMs} ms`),
    `  report largest / 10k           ${r.reports.ratioLargestTo10k}   (goal <= 2: ${ok(r.reports.ratioLargestTo10k <= 2)}; under 100 ms: ${ok(r.reports.largestUnder100ms)})`,
    `  memory per ticket              ${r.memory.bytesPerTicketLongTerm} bytes with its events in Redis, long term (ticket ${r.memory.bytesPerTicketTicketHash}, events ${r.memory.bytesPerTicketEvents}); ${r.memory.bytesPerTicket} until the idempotency keys expire (a day)   (goal <= 500: ${ok(r.memory.bytesPerTicketLongTerm <= 500)})`,
    `  … events archived (day + 1)    ${r.memory.bytesPerTicketAfterEventArchive} bytes, long term   (goal <= 500: ${ok(r.memory.bytesPerTicketAfterEventArchive <= 500)})`,
    `  city: 500 offices, 1 year      ${r.memory.city.tickets} tickets ≈ ${r.memory.city.rawGiB} GiB raw (${r.memory.city.rawGiBAfterEventArchive} GiB with events archived) + ${r.memory.city.rollupsGiB} GiB rollups`,
    ...Object.entries(r.pages).map(
      ([page, x]: [string, any]) => `  page ${page.padEnd(28)} ${(x.gzipBytes / 1024).toFixed(1)} kB gzipped JS (${x.files} files)`,
    ),
    '',
    `  saved bench/results.json (${r.seconds} s)`,
    '',
  ];
  console.log(lines.join('\n'));
}
