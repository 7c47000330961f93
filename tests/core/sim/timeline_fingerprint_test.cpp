// Performance work must not change what is simulated (issue 4, docs/performance.md): every
// field of the Timeline of every built-in under both profiles, on its own link and on a rough
// one (loss, jitter, reordering, duplicates), and of a lossy bulk transfer with a rate limit
// and a drop-tail queue, is reduced to a fingerprint and compared with the fingerprint of the
// simulator before that work (commit 4197653). The tcpdump/JSON lines/pcap writers and the
// parity tests against tcpdump only see part of the Timeline; this sees all of it.
//
// If a change of behaviour is intended (a TCP rule fixed), the failure message prints the
// new fingerprint to put in the table, after checking the change with the other tests.

#include "core/scenario/builtin.hpp"
#include "core/sim/simulator.hpp"

#include <gtest/gtest.h>

#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <map>
#include <string>

using namespace ackademy;
using namespace std::chrono_literals;

namespace {

/// FNV-1a over text: enough to tell two timelines apart, and stable across platforms.
class Fingerprint {
public:
    // printf-style, with the format checked by the compiler.
    __attribute__((format(printf, 2, 3))) void line(const char* format, ...)
    {
        char buffer[512];
        std::va_list args;
        va_start(args, format);
        const int n = std::vsnprintf(buffer, sizeof buffer, format, args);
        va_end(args);
        for (int i = 0; i < n && i < static_cast<int>(sizeof buffer); ++i) {
            hash_ ^= static_cast<unsigned char>(buffer[i]);
            hash_ *= 1099511628211ULL;
        }
    }
    std::uint64_t value() const { return hash_; }

private:
    std::uint64_t hash_ = 14695981039346656037ULL;
};

long long us(Time t)
{
    return static_cast<long long>(t.count());
}

long long us(const std::optional<Time>& t)
{
    return t ? us(*t) : -1;
}

int rule_len(std::string_view r)
{
    return static_cast<int>(r.size());
}

std::uint64_t fingerprint(const sim::Timeline& t)
{
    Fingerprint f;
    f.line("%s %lld\n", t.profile.c_str(), us(t.end));
    for (const sim::HostSummary& h : t.hosts)
        f.line("H %u %u %d %d %llu\n", h.ip, h.port, static_cast<int>(h.final_state),
               static_cast<int>(h.last_error), static_cast<unsigned long long>(h.bytes_delivered));
    for (const sim::SegmentRecord& s : t.segments) {
        f.line("S %d %d %d %d %d %lld %lld %lld %d %d %d %.*s\n", s.id, static_cast<int>(s.from),
               static_cast<int>(s.cause), s.retransmission, s.duplicate_copy, us(s.sent), us(s.arrived),
               us(s.dropped), s.drop_rule, s.connection, s.retransmission_of, rule_len(s.rule),
               s.rule.data());
        for (std::uint8_t b : s.encode()) f.line("%02x", b); // every header field, the payload, checksums
    }
    for (const sim::StateInterval& s : t.states)
        f.line("T %d %d %d %lld %lld %.*s\n", static_cast<int>(s.host), s.connection,
               static_cast<int>(s.state), us(s.begin), us(s.end), rule_len(s.rule), s.rule.data());
    for (const sim::TimerSpan& s : t.timers)
        f.line("R %lld %lld %lld %d %d %d %d %d\n", us(s.armed), us(s.deadline), us(s.ended),
               static_cast<int>(s.host), static_cast<int>(s.kind), s.expired, s.connection, s.backoff);
    for (const sim::CwndSample& s : t.cwnd)
        f.line("C %lld %u %u %u %d\n", us(s.at), s.cwnd, s.ssthresh, s.flight, static_cast<int>(s.host));
    for (const sim::AppEvent& s : t.app)
        f.line("A %d %lld %d %d %llu\n", static_cast<int>(s.host), us(s.at), static_cast<int>(s.action),
               static_cast<int>(s.result), static_cast<unsigned long long>(s.bytes));
    for (const sim::HostEventRecord& r : t.events) {
        const sim::RecordedEvent& e = r.event;
        f.line("E %d %d %lld %.*s %d %u %d %d %d %d %d\n", static_cast<int>(r.host), r.connection, us(e.at),
               rule_len(e.rule), e.rule.data(), e.count, e.value, static_cast<int>(e.kind),
               static_cast<int>(e.from), static_cast<int>(e.to), static_cast<int>(e.timer),
               static_cast<int>(e.error));
    }
    return f.value();
}

void make_rough(sim::Scenario& s)
{
    s.seed = 7;
    for (sim::LinkParams* l : {&s.a_to_b, &s.b_to_a}) {
        l->loss = 0.05;
        l->jitter = 20ms;
        l->reorder = 0.1;
        l->duplicate = 0.1;
    }
}

sim::Scenario bulk(std::string profile)
{
    sim::Scenario s;
    s.name = "bulk";
    s.profile = std::move(profile);
    s.a = {*tcp::ipv4_from_string("10.0.0.1"), 40000, 1000u};
    s.b = {*tcp::ipv4_from_string("10.0.0.2"), 5001, 2000u};
    for (sim::LinkParams* l : {&s.a_to_b, &s.b_to_a}) {
        l->delay = 50ms;
        l->rate_bps = 10'000'000;
    }
    s.a_to_b.loss = 0.02;
    s.a_to_b.queue_packets = 20;
    s.actions = {
        {.at = 0ms, .host = sim::HostId::B, .kind = sim::ActionKind::Listen},
        {.at = 0ms, .host = sim::HostId::A, .kind = sim::ActionKind::Connect},
        {.at = 200ms, .host = sim::HostId::A, .kind = sim::ActionKind::Send, .bytes = 500'000},
        {.at = 200ms, .host = sim::HostId::A, .kind = sim::ActionKind::Close},
        {.at = 200ms, .host = sim::HostId::B, .kind = sim::ActionKind::Close},
    };
    s.until = std::chrono::hours(1);
    return s;
}

// Recorded with this test built against commit 4197653 (before the performance work).
const std::map<std::string, std::uint64_t> kBefore = {
#include "timeline_fingerprints.inc"
};

void expect_unchanged(const std::string& key, const sim::Timeline& t)
{
    const std::uint64_t now = fingerprint(t);
    const auto it = kBefore.find(key);
    ASSERT_NE(it, kBefore.end()) << "no recorded fingerprint for " << key << "; this run gives {\"" << key
                                 << "\", " << now << "ULL},";
    EXPECT_EQ(now, it->second) << key << ": the timeline differs from the recorded one; if that is intended, "
                               << "record {\"" << key << "\", " << now << "ULL},";
}

} // namespace

TEST(TimelineFingerprint, EveryBuiltinUnderBothProfilesIsUnchanged)
{
    int checked = 0;
    for (const scenario::BuiltinInfo& info : scenario::builtin_scenarios()) {
        for (const char* profile : {"rfc", "linux"}) {
            auto s = scenario::builtin_scenario(info.name);
            ASSERT_TRUE(s.has_value()) << info.name;
            s->profile = profile;
            expect_unchanged(info.name + " " + profile, sim::simulate(*s));
            make_rough(*s);
            expect_unchanged(info.name + " " + profile + " rough", sim::simulate(*s));
            checked += 2;
        }
    }
    EXPECT_EQ(checked, static_cast<int>(kBefore.size()) - 2); // every recorded one was checked
}

TEST(TimelineFingerprint, LossyQueuedBulkTransferIsUnchanged)
{
    for (const char* profile : {"rfc", "linux"}) {
        const sim::Timeline t = sim::simulate(bulk(profile));
        ASSERT_EQ(t.host(sim::HostId::B).bytes_delivered, 500'000U) << profile;
        expect_unchanged(std::string("bulk ") + profile, t);
    }
}
