#pragma once
// Congestion control per RFC 5681 (Reno): slow start, congestion avoidance, fast
// retransmit and fast recovery (CC-1..CC-11). All quantities are in octets.
//
// The Connection decides what counts as a duplicate ACK (CC-5 needs the TCB); this class
// only keeps cwnd and ssthresh and says when to fast-retransmit.

#include <cstdint>

namespace ackademy::tcp {

struct CongestionParams {
    std::uint32_t smss = 536;
    /// Initial window in segments; 0 means RFC 5681 §3.1's rule by SMSS (CC-1). Linux: 10.
    std::uint32_t initial_window_segments = 0;
    /// CC-2: "arbitrarily high".
    std::uint32_t initial_ssthresh = 0x7FFFFFFF;
    /// LX-16 / RFC 5681 §3.2: duplicate ACKs that trigger fast retransmit.
    std::uint32_t dupack_threshold = 3;
};

class RenoCongestion {
public:
    explicit RenoCongestion(const CongestionParams& params);

    std::uint32_t cwnd() const { return cwnd_; }
    std::uint32_t ssthresh() const { return ssthresh_; }
    std::uint32_t initial_window() const { return initial_window_; }
    std::uint32_t duplicate_acks() const { return dupacks_; }
    bool in_fast_recovery() const { return in_recovery_; }
    bool in_slow_start() const { return cwnd_ < ssthresh_; }

    /// An ACK that acknowledges `newly_acked` new octets (CC-3 / CC-4). In fast recovery
    /// this ACK ends it and deflates the window to ssthresh (CC-7). Resets the dup-ACK count.
    void on_new_ack(std::uint32_t newly_acked);

    /// A duplicate ACK (CC-5 already checked by the caller). Returns true exactly when the
    /// caller must fast-retransmit the segment at SND.UNA now (CC-6: the third duplicate);
    /// then ssthresh = max(flight_size/2, 2*SMSS) and cwnd = ssthresh + 3*SMSS. Later
    /// duplicates inflate cwnd by SMSS (CC-7).
    bool on_duplicate_ack(std::uint32_t flight_size);

    /// CC-8: the retransmission timer expired. On the first timeout of a segment
    /// (`first_timeout_of_segment`), ssthresh = max(flight_size/2, 2*SMSS); cwnd = 1*SMSS.
    void on_retransmission_timeout(std::uint32_t flight_size, bool first_timeout_of_segment);

    /// CC-10: restart after an idle period longer than the RTO: cwnd = min(IW, cwnd).
    void on_idle_restart();

    /// CC-11: how much may be in flight: min(cwnd, rwnd).
    std::uint32_t send_window(std::uint32_t rwnd) const { return cwnd_ < rwnd ? cwnd_ : rwnd; }

    /// SMSS changes once the handshake fixes the effective MSS; IW is recomputed (CC-1), and
    /// cwnd becomes the new IW as long as no ACK or loss has changed it yet.
    void set_smss(std::uint32_t smss);

private:
    std::uint32_t compute_initial_window() const;

    CongestionParams params_;
    std::uint32_t initial_window_ = 0;
    std::uint32_t cwnd_ = 0;
    std::uint32_t ssthresh_ = 0;
    std::uint32_t dupacks_ = 0;
    bool in_recovery_ = false;
    std::uint32_t ca_acked_ = 0;   ///< octets acked in congestion avoidance, for exact integer growth
    bool window_untouched_ = true; ///< no ACK or loss has moved cwnd yet (set_smss resets it to IW)
};

} // namespace ackademy::tcp
