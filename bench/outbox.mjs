export async function outboxThroughput(report) {
  report.section('Outbox throughput', '').note('not yet');
}
