// RFC 6298 retransmission timer (RT-1..RT-10) with Linux's variance floor (LX-7).
//
// Integer arithmetic and rounding
// -------------------------------
// Everything is in integer microseconds (virtual time is never a float, see DESIGN.md).
// The RFC's real-valued updates
//     RTTVAR <- 3/4 * RTTVAR + 1/4 * |SRTT - R'|        (uses the old SRTT)
//     SRTT   <- 7/8 * SRTT   + 1/8 * R'
// and the first-sample RTTVAR = R/2 are each computed as ONE integer quotient
//     RTTVAR = (3*RTTVAR + |SRTT - R'|) / 4,   SRTT = (7*SRTT + R') / 8,   RTTVAR = R / 2
// rounded to the nearest microsecond, exact halves rounded up. Only the final quotient
// is rounded (never 3/4*RTTVAR and 1/4*|..| separately), so each update adds at most
// 0.5 us of error. Why nearest and not truncation (as a naive `/` would do):
//  * truncation biases SRTT downwards: with constant samples R it can get stuck up to
//    7 us below R, because floor((7*SRTT + R)/8) == SRTT whenever R - SRTT < 8;
//  * with rounding to nearest, the error against the exact real-valued RFC recursion is
//    bounded by 0.5/(1 - 7/8) = 4 us for SRTT and by (0.5 + 4/4)/(1 - 3/4) = 6 us for
//    RTTVAR, whatever the history (truncation: 8 us and 12 us). Both are far below
//    G = 1 ms, so no RTO a student sees differs from the RFC's real-number result by
//    more than 4 + 4*6 = 28 us. The test vectors V1..V3 are exact and need no rounding.
// A side effect worth knowing: with perfectly constant samples RTTVAR settles at 1 or
// 2 us instead of decaying to 0 (round(3*2/4) = 2); the RTO is unaffected since
// max(G, K*RTTVAR) = G there.

#include "core/tcp/rtt_estimator.hpp"

#include <algorithm>

namespace ackademy::tcp {

namespace {

constexpr Duration::rep kK = 4; // RFC 6298 (2.2): K = 4

/// num / den rounded to the nearest integer, exact halves up. num >= 0, den > 0.
constexpr Duration::rep div_round_nearest(Duration::rep num, Duration::rep den)
{
    return (num + den / 2) / den;
}

} // namespace

RttEstimator::RttEstimator(const RtoParams& params) : params_(params), rto_(params.initial)
{
    // RT-1: before any sample the RTO is the configured initial value (1 s in both the RFC
    // and Linux profiles). It is deliberately not clamped by minimum/maximum: it is a
    // profile constant, not a computed value.
}

Duration RttEstimator::computed_rto() const
{
    if (!srtt_) return rto_; // no sample (RT-1, or after RT-10): keep what we have
    Duration variance = kK * rttvar_;
    if (params_.variance_floor > Duration::zero()) {
        // LX-7: Linux floors the variance term at TCP_RTO_MIN, not the whole RTO, so a
        // 100 ms path gets 100 + max(200, 200) = 300 ms (V3, LINUX profile).
        variance = std::max(variance, params_.variance_floor);
    } else {
        // RT-2: RTO = SRTT + max(G, K*RTTVAR). G keeps RTO > SRTT once RTTVAR has decayed.
        variance = std::max(variance, params_.granularity);
    }
    Duration rto = *srtt_ + variance;
    rto = std::max(rto, params_.minimum); // RT-4: round up to 1 s (RFC); Linux minimum = 0
    rto = std::min(rto, params_.maximum); // RT-5: cap (60 s RFC profile, 120 s Linux)
    return rto;
}

void RttEstimator::on_sample(Duration rtt)
{
    // A negative RTT cannot be measured; treat it as 0 rather than corrupt the state.
    const Duration::rep r = std::max<Duration::rep>(rtt.count(), 0);
    if (!srtt_) {
        // RT-2 (2.2): first measurement.
        srtt_ = Duration(r);
        rttvar_ = Duration(div_round_nearest(r, 2));
    } else {
        // RT-3 (2.3): RTTVAR first, with the OLD SRTT, then SRTT. alpha = 1/8, beta = 1/4.
        const Duration::rep s = srtt_->count();
        const Duration::rep deviation = s > r ? s - r : r - s;
        rttvar_ = Duration(div_round_nearest(3 * rttvar_.count() + deviation, 4));
        srtt_ = Duration(div_round_nearest(7 * s + r, 8));
    }
    // RT-9: a valid sample (the caller already applied Karn, RT-6) ends the backoff; the
    // RTO is recomputed from the estimator instead of keeping the doubled value.
    backoffs_ = 0;
    rto_ = computed_rto();
}

void RttEstimator::on_timeout()
{
    // RT-8 (5.5): back off the timer, RTO = 2*RTO, capped by RT-5 (which the RFC allows
    // for the backed-off value too: "a maximum value MAY be placed on RTO").
    rto_ = std::min(rto_ * 2, params_.maximum);
    ++backoffs_;
}

void RttEstimator::on_handshake_after_syn_timeout()
{
    // RT-8 (5.7): "if the timer expires awaiting the ACK of a SYN segment and the TCP
    // implementation is using an RTO less than 3 seconds, the RTO MUST be re-initialized to
    // 3 seconds when data transmission begins". "Using an RTO less than 3 s" refers to the
    // implementation's initial RTO (RFC 6298 lowered it from 3 s to 1 s), and
    // "re-initialized" replaces the backed-off SYN value, which is what Linux does too
    // (tcp_init_metrics: no SRTT -> icsk_rto = TCP_TIMEOUT_FALLBACK). The SYN's backoffs
    // belong to the handshake, so the count restarts. If the handshake produced a sample
    // (timestamps), SRTT already drives the RTO and nothing changes.
    if (srtt_) return;
    if (params_.initial >= params_.syn_fallback) return;
    rto_ = params_.syn_fallback;
    backoffs_ = 0;
}

void RttEstimator::clear_samples()
{
    // RT-10: forget the estimates; the next sample is treated as the first one (RT-2).
    // The (backed-off) RTO stays in force until then.
    srtt_.reset();
    rttvar_ = Duration::zero();
}

} // namespace ackademy::tcp
