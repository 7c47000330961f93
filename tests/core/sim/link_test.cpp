// The virtual link's statistics, driven through simulate() (issue 4 "Link statistics"): loss
// rate, jitter without reordering, reordering, duplication, serialisation delay at a rate, and
// the drop-tail queue.
#include "core/sim/simulator.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

using namespace ackademy;
using namespace ackademy::sim;
using namespace std::chrono_literals;

namespace {

/// A bulk transfer A -> B: A sends `bytes`; the B -> A direction (ACKs) is lossless.
Scenario bulk(std::uint64_t bytes, std::string profile = "rfc")
{
    Scenario s;
    s.name = "bulk";
    s.profile = std::move(profile);
    s.a = {*tcp::ipv4_from_string("192.168.1.116"), 3337, 3626544836u};
    s.b = {*tcp::ipv4_from_string("192.168.1.123"), 7788, 1739326486u};
    s.a_to_b.delay = 5ms;
    s.b_to_a.delay = 5ms;
    s.actions = {{.at = 0ms, .host = HostId::B, .kind = ActionKind::Listen},
                 {.at = 0ms, .host = HostId::A, .kind = ActionKind::Connect},
                 {.at = 100ms, .host = HostId::A, .kind = ActionKind::Send, .bytes = bytes}};
    s.until = std::chrono::hours(24);
    return s;
}

std::vector<const SegmentRecord*> from(const Timeline& t, HostId h, bool originals_only = true)
{
    std::vector<const SegmentRecord*> out;
    for (const SegmentRecord& s : t.segments)
        if (s.from == h && (!originals_only || !s.duplicate_copy)) out.push_back(&s);
    return out;
}

} // namespace

TEST(Link, LossRateIsTwentyPercentOverTenThousandSegments)
{
    Scenario s = bulk(12'000'000);
    s.a_to_b.loss = 0.2;
    const Timeline t = simulate(s);
    const auto sent = from(t, HostId::A);
    ASSERT_GE(sent.size(), 10'000U);
    const auto lost = std::count_if(sent.begin(), sent.end(),
                                    [](const SegmentRecord* r) { return r->cause == DropCause::RandomLoss; });
    const double rate = static_cast<double>(lost) / static_cast<double>(sent.size());
    EXPECT_NEAR(rate, 0.2, 0.02) << lost << " of " << sent.size();
    EXPECT_EQ(t.host(HostId::B).bytes_delivered, 12'000'000U); // TCP repaired every loss
    for (const SegmentRecord* r : from(t, HostId::B)) EXPECT_FALSE(r->lost());
}

TEST(Link, JitterNeverReordersWithoutReordering)
{
    Scenario s = bulk(300'000);
    s.a_to_b.delay = 20ms;
    s.a_to_b.jitter = 15ms;
    s.b_to_a.jitter = 15ms;
    const Timeline t = simulate(s);
    for (HostId h : {HostId::A, HostId::B}) {
        Time last{0};
        bool varied = false;
        std::optional<Duration> first_delay;
        for (const SegmentRecord* r : from(t, h)) {
            ASSERT_TRUE(r->arrived.has_value());
            EXPECT_GE(*r->arrived, last) << "segment " << r->id << " overtook an earlier one";
            last = *r->arrived;
            const Duration d = *r->arrived - r->sent;
            if (first_delay && d != *first_delay) varied = true;
            first_delay = first_delay.value_or(d);
        }
        EXPECT_TRUE(varied); // the jitter is really applied
    }
}

TEST(Link, ReorderProbabilityReorders)
{
    Scenario s = bulk(300'000);
    s.a_to_b.reorder = 0.2;
    const Timeline t = simulate(s);
    int overtaken = 0;
    Time latest{0};
    for (const SegmentRecord* r : from(t, HostId::A)) {
        if (!r->arrived) continue;
        if (*r->arrived < latest) ++overtaken;
        latest = std::max(latest, *r->arrived);
    }
    EXPECT_GT(overtaken, 5);
    EXPECT_EQ(t.host(HostId::B).bytes_delivered, 300'000U);
}

TEST(Link, DuplicationDuplicates)
{
    Scenario s = bulk(1'000'000);
    s.a_to_b.duplicate = 0.1;
    const Timeline t = simulate(s);
    const auto originals = from(t, HostId::A).size();
    const auto copies = std::count_if(t.segments.begin(), t.segments.end(), [](const SegmentRecord& r) {
        return r.from == HostId::A && r.duplicate_copy;
    });
    EXPECT_NEAR(static_cast<double>(copies) / static_cast<double>(originals), 0.1, 0.03)
        << copies << " copies of " << originals;
    // A copy is the same packet, arriving again.
    for (const SegmentRecord& r : t.segments) {
        if (!r.duplicate_copy) continue;
        const auto original = std::find_if(t.segments.begin(), t.segments.end(), [&](const SegmentRecord& o) {
            return !o.duplicate_copy && o.from == r.from && o.sent == r.sent && o.encode() == r.encode();
        });
        ASSERT_NE(original, t.segments.end());
        EXPECT_GT(*r.arrived, *original->arrived);
    }
    EXPECT_EQ(t.host(HostId::B).bytes_delivered, 1'000'000U);
}

TEST(Link, RateGivesTheSerialisationDelay)
{
    Scenario s = bulk(0);
    s.actions.pop_back();
    s.a_to_b.rate_bps = 1'000'000;
    const Timeline t = simulate(s);
    ASSERT_GE(t.segments.size(), 3U);
    const SegmentRecord& syn = t.segments[0];
    // rfc SYN: 20 octets of IPv4 + 24 of TCP (mss option) = 352 bits: 352 us at 1 Mbit/s.
    EXPECT_EQ(syn.encode().size(), 44U);
    EXPECT_EQ(*syn.arrived - syn.sent, Duration(352us) + Duration(5ms));
    const SegmentRecord& syn_ack = t.segments[1]; // B -> A is unlimited
    EXPECT_EQ(*syn_ack.arrived - syn_ack.sent, Duration(5ms));
    // Back-to-back segments leave one serialisation time apart.
    Scenario data = bulk(14'600);
    data.a_to_b.rate_bps = 10'000'000;
    const Timeline d = simulate(data);
    std::vector<const SegmentRecord*> burst;
    for (const SegmentRecord* r : from(d, HostId::A))
        if (r->sent == Time(100ms) && !r->packet.tcp.payload.empty()) burst.push_back(r);
    ASSERT_GE(burst.size(), 2U);
    const Duration per_segment =
        Duration(std::int64_t{1500} * 8 * 1'000'000 / 10'000'000); // 1500-octet packets
    for (std::size_t i = 1; i < burst.size(); ++i)
        EXPECT_EQ(*burst[i]->arrived - *burst[i - 1]->arrived, per_segment);
}

TEST(Link, QueueLimitDropsTheTail)
{
    Scenario s = bulk(14'480, "linux"); // an initial window of 10 segments in one burst
    s.a_to_b.rate_bps = 1'000'000;
    s.a_to_b.queue_packets = 3;
    const Timeline t = simulate(s);
    std::vector<const SegmentRecord*> burst;
    for (const SegmentRecord* r : from(t, HostId::A))
        if (r->sent == Time(100ms) && !r->packet.tcp.payload.empty()) burst.push_back(r);
    ASSERT_EQ(burst.size(), 10U);
    // The first segments fit in the queue; once it is full, every later one is dropped.
    std::size_t kept = 0;
    while (kept < burst.size() && !burst[kept]->lost()) ++kept;
    EXPECT_GE(kept, 3U);
    EXPECT_LT(kept, burst.size());
    for (std::size_t i = kept; i < burst.size(); ++i) {
        EXPECT_EQ(burst[i]->cause, DropCause::QueueFull) << i;
        EXPECT_EQ(*burst[i]->dropped, burst[i]->sent); // dropped on entry
    }
    EXPECT_EQ(t.host(HostId::B).bytes_delivered, 14'480U);
}
