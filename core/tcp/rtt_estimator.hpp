#pragma once
// The retransmission timer's value: RFC 6298 (RT-1..RT-10), with Linux's variant (LX-7).

#include "core/tcp/time.hpp"

#include <optional>

namespace ackademy::tcp {

struct RtoParams {
    Duration initial = std::chrono::seconds(1);          ///< RT-1
    Duration minimum = std::chrono::seconds(1);          ///< RT-4: floor on the whole RTO (Linux: 0)
    Duration maximum = std::chrono::seconds(60);         ///< RT-5 (Linux: 120 s)
    Duration granularity = std::chrono::milliseconds(1); ///< G in RT-2 (RT-7: we choose 1 ms)
    /// LX-7: Linux floors the variance term K*RTTVAR at TCP_RTO_MIN (200 ms) instead of
    /// flooring the whole RTO. Zero means "no such floor" (the RFC rule).
    Duration variance_floor = Duration::zero();
    /// RT-8 (5.7): after a SYN timed out, RTO restarts at this value once data flows (3 s).
    Duration syn_fallback = std::chrono::seconds(3);
};

/// SRTT, RTTVAR and RTO with exponential backoff. Integer microseconds throughout.
class RttEstimator {
public:
    explicit RttEstimator(const RtoParams& params);

    /// RT-2 / RT-3: take one RTT measurement. The caller applies Karn's rule (RT-6): it never
    /// passes a sample taken from a retransmitted segment unless timestamps disambiguate it.
    /// A sample also ends any backoff (RT-9: the RTO is recomputed from the new sample).
    void on_sample(Duration rtt);

    /// RT-8 (5.5): the timer expired; double the RTO (capped by RT-5) and count the backoff.
    void on_timeout();

    /// RT-8 (5.7): called when the handshake completes after a SYN or SYN-ACK timed out.
    /// With no RTT sample yet and an initial RTO below syn_fallback, RTO is re-initialised
    /// to syn_fallback (replacing any backed-off SYN value, as Linux does) and the backoff
    /// count restarts. With a sample (timestamps), nothing changes.
    void on_handshake_after_syn_timeout();

    /// RT-10: forget SRTT and RTTVAR (e.g. after many backoffs), keeping the current RTO.
    void clear_samples();

    Duration rto() const { return rto_; }
    int backoff_count() const { return backoffs_; }
    std::optional<Duration> srtt() const { return srtt_; }
    Duration rttvar() const { return rttvar_; }
    const RtoParams& params() const { return params_; }

private:
    Duration computed_rto() const;

    RtoParams params_;
    std::optional<Duration> srtt_;
    Duration rttvar_{0};
    Duration rto_;
    int backoffs_ = 0;
};

} // namespace ackademy::tcp
