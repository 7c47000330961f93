// Simulator benchmarks (issue 4, "Performance"; figures in docs/performance.md).
//
//   BM_HandshakeDataClose  the built-in `handshake-data-close`, simulated over and over with
//                          the full timeline built: items = connections.
//   BM_BulkTransfer/N      N MB from A to B at 100 Mbit/s, 50 ms one-way delay, MSS 1448
//                          (linux profile), 1 % random loss on the data direction, timeline
//                          built: items = segments in the timeline. Counters report the
//                          timeline's memory per segment and any payload bytes that were
//                          copied instead of referenced from the application's stream.
//   BM_BulkTransferCold/N  the same, but nothing is alive between runs: every run also
//                          builds the application's N MB stream (about 0.7 ms per MB).
#include "core/scenario/builtin.hpp"
#include "core/sim/simulator.hpp"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <iostream>

using namespace ackademy;
using namespace std::chrono_literals;

namespace {

void BM_HandshakeDataClose(benchmark::State& state)
{
    const auto scenario = scenario::builtin_scenario("handshake-data-close");
    if (!scenario) {
        state.SkipWithError("built-in handshake-data-close is missing");
        return;
    }
    std::size_t segments = 0;
    for (auto _ : state) {
        sim::Timeline t = sim::simulate(*scenario);
        segments = t.segments.size();
        benchmark::DoNotOptimize(t);
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["segments"] = static_cast<double>(segments);
}
BENCHMARK(BM_HandshakeDataClose);

sim::Scenario bulk_transfer(std::uint64_t megabytes)
{
    sim::Scenario s;
    s.name = "bench-bulk";
    s.profile = "linux"; // MSS 1460 with timestamps: 1448 bytes of data per segment
    s.seed = 1;
    s.a = {*tcp::ipv4_from_string("10.0.0.1"), 40000, 1000u};
    s.b = {*tcp::ipv4_from_string("10.0.0.2"), 5001, 2000u};
    for (sim::LinkParams* l : {&s.a_to_b, &s.b_to_a}) {
        l->delay = 50ms;
        l->rate_bps = 100'000'000;
    }
    s.a_to_b.loss = 0.01;
    s.actions = {
        {.at = 0ms, .host = sim::HostId::B, .kind = sim::ActionKind::Listen},
        {.at = 0ms, .host = sim::HostId::A, .kind = sim::ActionKind::Connect},
        {.at = 200ms, .host = sim::HostId::A, .kind = sim::ActionKind::Send, .bytes = megabytes * 1'000'000},
        {.at = 200ms, .host = sim::HostId::A, .kind = sim::ActionKind::Close},
        {.at = 200ms, .host = sim::HostId::B, .kind = sim::ActionKind::Close},
    };
    s.until = std::chrono::hours(24);
    return s;
}

template <typename T> std::size_t vector_bytes(const std::vector<T>& v)
{
    return v.capacity() * sizeof(T);
}

/// Bytes held by the timeline's vectors (capacity, not size).
std::size_t timeline_bytes(const sim::Timeline& t)
{
    return sizeof(t) + vector_bytes(t.segments) + vector_bytes(t.states) + vector_bytes(t.timers) +
           vector_bytes(t.cwnd) + vector_bytes(t.app) + vector_bytes(t.events) + t.profile.capacity();
}

/// Payload bytes that do not lie in the application's stream. The stream is one chunk of
/// `stream_size` bytes; every data segment of A must point into it. Bytes outside it were
/// copied (the small literal payloads of other scenarios do not occur here).
std::uint64_t copied_payload_bytes(const sim::Timeline& t, std::uint64_t stream_size)
{
    const std::uint8_t* lo = nullptr;
    for (const sim::SegmentRecord& s : t.segments) {
        const auto b = s.packet.tcp.payload.bytes();
        if (!b.empty() && (lo == nullptr || b.data() < lo)) lo = b.data();
    }
    std::uint64_t copied = 0;
    for (const sim::SegmentRecord& s : t.segments) {
        const auto b = s.packet.tcp.payload.bytes();
        if (b.empty()) continue;
        if (b.data() + b.size() > lo + stream_size) copied += b.size();
    }
    return copied;
}

void BM_BulkTransfer(benchmark::State& state)
{
    const auto megabytes = static_cast<std::uint64_t>(state.range(0));
    const sim::Scenario scenario = bulk_transfer(megabytes);
    std::uint64_t segments = 0;
    // Like the GUI re-simulating after a change, the previous timeline is alive while the next
    // one is built (so the generated application stream is shared, see generated_payload).
    sim::Timeline previous = sim::simulate(scenario);
    for (auto _ : state) {
        sim::Timeline t = sim::simulate(scenario);
        segments += t.segments.size();
        benchmark::DoNotOptimize(t);
        previous = std::move(t);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(segments));

    // Memory and sanity, from one more run outside the timed loop.
    const sim::Timeline t = sim::simulate(scenario);
    const std::uint64_t delivered = t.host(sim::HostId::B).bytes_delivered;
    if (delivered != megabytes * 1'000'000) {
        state.SkipWithError("B did not receive the whole stream");
        return;
    }
    const auto lost = std::count_if(t.segments.begin(), t.segments.end(),
                                    [](const sim::SegmentRecord& s) { return s.lost(); });
    const auto n = static_cast<double>(t.segments.size());
    state.counters["segments"] = n;
    state.counters["lost"] = static_cast<double>(lost);
    state.counters["sim_s"] = std::chrono::duration<double>(t.end).count();
    const std::uint64_t copied = copied_payload_bytes(t, megabytes * 1'000'000);
    state.counters["bytes_per_seg"] = static_cast<double>(timeline_bytes(t) + copied) / n;
    state.counters["copied_payload"] = static_cast<double>(copied);
}
BENCHMARK(BM_BulkTransfer)->Arg(1)->Arg(10)->Arg(100)->Unit(benchmark::kMillisecond);

void BM_BulkTransferCold(benchmark::State& state)
{
    const sim::Scenario scenario = bulk_transfer(static_cast<std::uint64_t>(state.range(0)));
    std::uint64_t segments = 0;
    for (auto _ : state) {
        sim::Timeline t = sim::simulate(scenario);
        segments += t.segments.size();
        benchmark::DoNotOptimize(t);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(segments));
}
BENCHMARK(BM_BulkTransferCold)->Arg(1)->Arg(100)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
