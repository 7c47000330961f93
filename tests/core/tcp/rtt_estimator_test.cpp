// RFC 6298 retransmission timer: RT-1..RT-10, LX-7 and the checklist's test vectors V1..V4
// (docs: tcp-behaviour.md §3.9). All expectations are exact microsecond values.

#include "core/tcp/rtt_estimator.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <cstdint>
#include <vector>

using namespace ackademy;
using namespace ackademy::tcp;
using namespace std::chrono_literals;

namespace {

RtoParams rfc_params()
{
    return RtoParams{}; // the defaults are the RFC profile: 1 s / 1 s / 60 s, G = 1 ms
}

RtoParams linux_params()
{
    RtoParams p;
    p.initial = 1s;           // TCP_TIMEOUT_INIT
    p.minimum = 0us;          // LX-7: no floor on the whole RTO ...
    p.maximum = 120s;         // TCP_RTO_MAX
    p.variance_floor = 200ms; // ... but on the variance term (TCP_RTO_MIN)
    return p;
}

} // namespace

TEST(RttEstimator, RT1_InitialRtoIsOneSecond)
{
    const RttEstimator est(rfc_params());
    EXPECT_EQ(est.rto(), 1s);
    EXPECT_FALSE(est.srtt().has_value());
    EXPECT_EQ(est.rttvar(), 0us);
    EXPECT_EQ(est.backoff_count(), 0);
}

TEST(RttEstimator, RT2_FirstSampleSetsSrttAndRttvar)
{
    // V1: R = 2 s => SRTT 2 s, RTTVAR 1 s, RTO = 2 + max(1 ms, 4 * 1) = 6 s.
    RttEstimator est(rfc_params());
    est.on_sample(2s);
    EXPECT_EQ(est.srtt(), Duration(2s));
    EXPECT_EQ(est.rttvar(), 1s);
    EXPECT_EQ(est.rto(), 6s);
}

TEST(RttEstimator, RT3_LaterSampleUpdatesRttvarWithOldSrtt)
{
    // V2: then R' = 1 s => RTTVAR = 0.75*1 + 0.25*|2 - 1| = 1 s (with the OLD SRTT; the new
    // SRTT would give 0.96875 s), SRTT = 0.875*2 + 0.125*1 = 1.875 s, RTO = 5.875 s.
    RttEstimator est(rfc_params());
    est.on_sample(2s);
    est.on_sample(1s);
    EXPECT_EQ(est.rttvar(), 1s);
    EXPECT_EQ(est.srtt(), Duration(1875ms));
    EXPECT_EQ(est.rto(), 5875ms);
}

TEST(RttEstimator, RT3_RoundsToNearestMicrosecondHalvesUp)
{
    // Tiny RTTs make the rounding visible. Truncation would give 1, 2, 2 and 2, 2, 3.
    RttEstimator est(rfc_params());
    est.on_sample(3us);
    EXPECT_EQ(est.srtt(), Duration(3us));
    EXPECT_EQ(est.rttvar(), 2us); // 3/2 = 1.5 -> 2
    est.on_sample(0us);
    EXPECT_EQ(est.rttvar(), 2us);         // (3*2 + |3 - 0|)/4 = 2.25 -> 2
    EXPECT_EQ(est.srtt(), Duration(3us)); // (7*3 + 0)/8 = 2.625 -> 3
    est.on_sample(7us);
    EXPECT_EQ(est.rttvar(), 3us);         // (3*2 + |3 - 7|)/4 = 2.5 -> 3
    EXPECT_EQ(est.srtt(), Duration(4us)); // (7*3 + 7)/8 = 3.5 -> 4
}

TEST(RttEstimator, RT3_IntegerStateStaysWithinDocumentedBoundOfRealArithmetic)
{
    // rtt_estimator.cpp documents |SRTT - exact| <= 4 us and |RTTVAR - exact| <= 6 us.
    // Replay 20000 pseudo-random samples (fixed LCG, deterministic) through the integer
    // estimator and through the RFC formulas in long double.
    RttEstimator est(rfc_params());
    std::uint64_t lcg = 12345;
    long double srtt = 0;
    long double rttvar = 0;
    long double worst_srtt = 0;
    long double worst_rttvar = 0;
    for (int i = 0; i < 20000; ++i) {
        lcg = lcg * 6364136223846793005ULL + 1442695040888963407ULL;
        // Mostly a 20..40 ms path, with occasional 0..2 s outliers.
        const auto r = static_cast<std::int64_t>((lcg >> 33) % (i % 50 == 0 ? 2'000'000U : 20'000U)) + 20'000;
        est.on_sample(Duration(r));
        const auto rr = static_cast<long double>(r);
        if (i == 0) {
            srtt = rr;
            rttvar = rr / 2;
        } else {
            rttvar = 0.75L * rttvar + 0.25L * std::fabs(srtt - rr);
            srtt = 0.875L * srtt + 0.125L * rr;
        }
        worst_srtt = std::fmax(worst_srtt, std::fabs(static_cast<long double>(est.srtt()->count()) - srtt));
        worst_rttvar =
            std::fmax(worst_rttvar, std::fabs(static_cast<long double>(est.rttvar().count()) - rttvar));
    }
    EXPECT_LE(worst_srtt, 4.0L);
    EXPECT_LE(worst_rttvar, 6.0L);
}

TEST(RttEstimator, RT2_GranularityBoundsVarianceTerm)
{
    // With RTTVAR = 0 the RFC formula still adds G (RT-7: G = 1 ms). Minimum 0 to see it.
    RtoParams p = rfc_params();
    p.minimum = 0us;
    RttEstimator est(p);
    est.on_sample(0us);
    EXPECT_EQ(est.rto(), 1ms);
    est.on_sample(0us);
    EXPECT_EQ(est.rto(), 1ms);
}

TEST(RttEstimator, RT4_RtoBelowOneSecondIsRoundedUp)
{
    // V3, RFC profile: R = 100 ms => 100 + 4*50 = 300 ms, rounded up to 1 s.
    RttEstimator est(rfc_params());
    est.on_sample(100ms);
    EXPECT_EQ(est.srtt(), Duration(100ms));
    EXPECT_EQ(est.rttvar(), 50ms);
    EXPECT_EQ(est.rto(), 1s);
}

TEST(RttEstimator, LX7_LinuxFloorsVarianceTermNotRto)
{
    // V3, LINUX profile: R = 100 ms => 100 + max(200, 200) = 300 ms, no 1 s floor.
    RttEstimator est(linux_params());
    est.on_sample(100ms);
    EXPECT_EQ(est.rto(), 300ms);

    // R = 10 ms => 10 + max(20, 200) = 210 ms: the 200 ms floor is on the variance term.
    RttEstimator fast(linux_params());
    fast.on_sample(10ms);
    EXPECT_EQ(fast.rto(), 210ms);

    // R = 1 s => 1 + max(2, 0.2) = 3 s: above the floor Linux matches the RFC formula.
    RttEstimator slow(linux_params());
    slow.on_sample(1s);
    EXPECT_EQ(slow.rto(), 3s);
}

TEST(RttEstimator, RT5_ComputedRtoIsCapped)
{
    RttEstimator rfc(rfc_params());
    rfc.on_sample(30s); // 30 + 4*15 = 90 s
    EXPECT_EQ(rfc.rto(), 60s);

    RttEstimator lnx(linux_params());
    lnx.on_sample(30s); // 90 s is below Linux's cap
    EXPECT_EQ(lnx.rto(), 90s);
    lnx.on_sample(60s); // RTTVAR = (3*15 + 30)/4 = 18.75, SRTT = 33.75 => 108.75 s
    EXPECT_EQ(lnx.rto(), 108750ms);
    lnx.on_sample(100s); // RTTVAR = (3*18.75 + 66.25)/4 = 30.625, SRTT = 42.03125 => 164.53125
    EXPECT_EQ(lnx.rto(), 120s);
}

TEST(RttEstimator, RT8_V4_BackoffDoublesEveryTimeout)
{
    // V4: RTO 1 s, every transmission lost => retransmissions at 1, 3, 7, 15, 31, 63 s.
    RttEstimator est(rfc_params());
    Time t{0};
    std::vector<Duration> intervals;
    std::vector<Time> retransmissions;
    for (int i = 0; i < 6; ++i) {
        intervals.push_back(est.rto());
        t += est.rto();
        retransmissions.push_back(t);
        est.on_timeout();
    }
    const std::vector<Duration> want_intervals{1s, 2s, 4s, 8s, 16s, 32s};
    const std::vector<Time> want_times{1s, 3s, 7s, 15s, 31s, 63s};
    EXPECT_EQ(intervals, want_intervals);
    EXPECT_EQ(retransmissions, want_times);
    EXPECT_EQ(est.backoff_count(), 6);
    EXPECT_EQ(est.rto(), 60s); // 64 s capped (RT-5)
}

TEST(RttEstimator, RT5_BackoffCappedAt60sForRfcAnd120sForLinux)
{
    RttEstimator rfc(rfc_params());
    std::vector<Duration> rfc_seq;
    for (int i = 0; i < 8; ++i) {
        rfc.on_timeout();
        rfc_seq.push_back(rfc.rto());
    }
    EXPECT_EQ(rfc_seq, (std::vector<Duration>{2s, 4s, 8s, 16s, 32s, 60s, 60s, 60s}));
    EXPECT_EQ(rfc.backoff_count(), 8);

    RttEstimator lnx(linux_params());
    std::vector<Duration> lnx_seq;
    for (int i = 0; i < 8; ++i) {
        lnx.on_timeout();
        lnx_seq.push_back(lnx.rto());
    }
    EXPECT_EQ(lnx_seq, (std::vector<Duration>{2s, 4s, 8s, 16s, 32s, 64s, 120s, 120s}));
}

TEST(RttEstimator, RT9_NewSampleEndsBackoff)
{
    RttEstimator est(linux_params());
    est.on_sample(100ms); // 300 ms
    est.on_timeout();
    est.on_timeout();
    EXPECT_EQ(est.rto(), 1200ms);
    EXPECT_EQ(est.backoff_count(), 2);
    // The next clean sample recomputes: RTTVAR = (3*50 + 0)/4 = 37.5 ms, SRTT 100 ms,
    // RTO = 100 + max(150, 200) = 300 ms.
    est.on_sample(100ms);
    EXPECT_EQ(est.rttvar(), 37500us);
    EXPECT_EQ(est.rto(), 300ms);
    EXPECT_EQ(est.backoff_count(), 0);
}

TEST(RttEstimator, RT8_SynTimeoutReinitialisesRtoToThreeSeconds)
{
    // (5.7): SYN timed out once (RTO 2 s), handshake completes without a sample => 3 s.
    RttEstimator once(rfc_params());
    once.on_timeout();
    EXPECT_EQ(once.rto(), 2s);
    once.on_handshake_after_syn_timeout();
    EXPECT_EQ(once.rto(), 3s);
    EXPECT_EQ(once.backoff_count(), 0);

    // Twice (RTO 4 s): re-initialised to 3 s as well (Linux: TCP_TIMEOUT_FALLBACK).
    RttEstimator twice(linux_params());
    twice.on_timeout();
    twice.on_timeout();
    twice.on_handshake_after_syn_timeout();
    EXPECT_EQ(twice.rto(), 3s);
}

TEST(RttEstimator, RT8_SynFallbackNotAppliedWithSampleOrSlowInitialRto)
{
    // A sample (e.g. timestamps disambiguated the SYN,ACK) already defines the RTO.
    RttEstimator sampled(linux_params());
    sampled.on_timeout();
    sampled.on_sample(100ms);
    sampled.on_handshake_after_syn_timeout();
    EXPECT_EQ(sampled.rto(), 300ms);

    // An implementation already using a 3 s initial RTO (RFC 1122) is not concerned.
    RtoParams old = rfc_params();
    old.initial = 3s;
    RttEstimator rfc1122(old);
    rfc1122.on_timeout();
    rfc1122.on_handshake_after_syn_timeout();
    EXPECT_EQ(rfc1122.rto(), 6s);
    EXPECT_EQ(rfc1122.backoff_count(), 1);
}

TEST(RttEstimator, RT10_ClearSamplesKeepsRtoAndRestartsEstimation)
{
    RttEstimator est(rfc_params());
    est.on_sample(2s); // 6 s
    est.on_timeout();  // 12 s
    est.on_timeout();  // 24 s
    est.on_timeout();  // 48 s
    est.clear_samples();
    EXPECT_FALSE(est.srtt().has_value());
    EXPECT_EQ(est.rttvar(), 0us);
    EXPECT_EQ(est.rto(), 48s);
    EXPECT_EQ(est.backoff_count(), 3);
    // The next sample is a first sample again (RT-2): 0.5 + 4*0.25 = 1.5 s.
    est.on_sample(500ms);
    EXPECT_EQ(est.srtt(), Duration(500ms));
    EXPECT_EQ(est.rttvar(), 250ms);
    EXPECT_EQ(est.rto(), 1500ms);
    EXPECT_EQ(est.backoff_count(), 0);
}
