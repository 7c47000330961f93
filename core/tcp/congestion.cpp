// RFC 5681 Reno (CC-1..CC-11). All quantities in octets, all arithmetic in integers.
//
// Congestion avoidance (CC-4) uses RFC 5681 §3.1's RECOMMENDED byte counting rather than
// the per-ACK formula cwnd += SMSS*SMSS/cwnd: octets acknowledged in congestion avoidance
// are accumulated in ca_acked_, and each time the total reaches cwnd, cwnd grows by one
// SMSS and cwnd octets are taken off the counter (the rest carries over). This is exact
// integer arithmetic (no rounding at all), gives exactly +1 SMSS per cwnd octets acked
// whatever the ACK pattern (delayed ACKs, stretch ACKs), and adds at most one SMSS per
// ACK, honouring "cwnd MUST NOT be increased by more than SMSS bytes per RTT". The
// per-ACK formula would need rounding and, with delayed ACKs, grows about half as fast.
//
// Sums and products saturate at 2^32 - 1 instead of wrapping, so a pathological scenario
// (huge SMSS, endless fast-recovery inflation) can never turn cwnd into a tiny number.

#include "core/tcp/congestion.hpp"

#include <algorithm>
#include <limits>

namespace ackademy::tcp {

namespace {

constexpr std::uint32_t kMax = std::numeric_limits<std::uint32_t>::max();

constexpr std::uint32_t saturate(std::uint64_t v)
{
    return v > kMax ? kMax : static_cast<std::uint32_t>(v);
}

constexpr std::uint32_t add_sat(std::uint32_t a, std::uint32_t b)
{
    return saturate(std::uint64_t{a} + b);
}

constexpr std::uint32_t mul_sat(std::uint32_t a, std::uint32_t b)
{
    return saturate(std::uint64_t{a} * b);
}

} // namespace

RenoCongestion::RenoCongestion(const CongestionParams& params) : params_(params)
{
    initial_window_ = compute_initial_window();
    cwnd_ = initial_window_;              // CC-1
    ssthresh_ = params_.initial_ssthresh; // CC-2: "arbitrarily high"
}

std::uint32_t RenoCongestion::compute_initial_window() const
{
    const std::uint32_t smss = params_.smss;
    // [LINUX] IW = TCP_INIT_CWND = 10 segments (RFC 6928), set through the profile.
    if (params_.initial_window_segments > 0) return mul_sat(params_.initial_window_segments, smss);
    // CC-1, RFC 5681 §3.1: IW by SMSS (at most 2, 3 or 4 segments).
    if (smss > 2190) return mul_sat(2, smss);
    if (smss > 1095) return mul_sat(3, smss);
    return mul_sat(4, smss);
}

void RenoCongestion::set_smss(std::uint32_t smss)
{
    params_.smss = smss;
    initial_window_ = compute_initial_window(); // CC-1 depends on SMSS
    // The handshake fixes the effective MSS before any data flows; if nothing has moved
    // cwnd yet, the connection starts with the IW for the real SMSS. Once ACKs or losses
    // have shaped cwnd we keep it: it describes the path, not the segment size.
    if (window_untouched_) cwnd_ = initial_window_;
}

void RenoCongestion::on_new_ack(std::uint32_t newly_acked)
{
    window_untouched_ = false;
    dupacks_ = 0;
    if (in_recovery_) {
        // CC-7 (RFC 5681 §3.2 step 6): the first ACK of new data deflates cwnd to ssthresh
        // and ends fast recovery; from here on we are in congestion avoidance.
        cwnd_ = ssthresh_;
        in_recovery_ = false;
        ca_acked_ = 0;
        return;
    }
    if (in_slow_start()) {
        // CC-3: cwnd += min(N, SMSS) per ACK of new data (no overshoot clamp at ssthresh:
        // RFC 5681 has none; at cwnd >= ssthresh the next ACK switches to CC-4).
        cwnd_ = add_sat(cwnd_, std::min(newly_acked, params_.smss));
        return;
    }
    // CC-4 (cwnd >= ssthresh; "at cwnd = ssthresh either rule", we pick avoidance):
    // byte counting, see the top of the file.
    ca_acked_ = add_sat(ca_acked_, newly_acked);
    if (ca_acked_ >= cwnd_) {
        ca_acked_ -= cwnd_;
        cwnd_ = add_sat(cwnd_, params_.smss);
    }
}

bool RenoCongestion::on_duplicate_ack(std::uint32_t flight_size)
{
    window_untouched_ = false;
    dupacks_ = add_sat(dupacks_, 1);
    if (in_recovery_) {
        // CC-7: each further duplicate means one more segment has left the network.
        cwnd_ = add_sat(cwnd_, params_.smss);
        return false;
    }
    const std::uint32_t threshold = std::max<std::uint32_t>(params_.dupack_threshold, 1);
    if (dupacks_ != threshold) return false;
    // CC-6 (RFC 5681 §3.2 steps 2-3): eq. (4) ssthresh = max(FlightSize/2, 2*SMSS), then
    // inflate by the segments the duplicates prove have left the network. RFC 5681 writes
    // 3*SMSS for its threshold of 3 (LX-16: Linux uses 3 as well).
    ssthresh_ = std::max(flight_size / 2, mul_sat(2, params_.smss));
    cwnd_ = add_sat(ssthresh_, mul_sat(threshold, params_.smss));
    in_recovery_ = true;
    ca_acked_ = 0;
    return true; // the caller retransmits the segment at SND.UNA now
}

void RenoCongestion::on_retransmission_timeout(std::uint32_t flight_size, bool first_timeout_of_segment)
{
    window_untouched_ = false;
    // CC-8 (RFC 5681 §3.1, eq. 4): only the first timeout of a segment halves; a second
    // timeout of the same retransmission must not halve again (FlightSize is by then
    // small and would collapse ssthresh for no new information).
    if (first_timeout_of_segment) ssthresh_ = std::max(flight_size / 2, mul_sat(2, params_.smss));
    cwnd_ = params_.smss; // loss window LW = 1 SMSS; slow start follows
    // A timeout ends any fast recovery (the loss is now repaired from slow start), and
    // counting duplicates starts over.
    in_recovery_ = false;
    dupacks_ = 0;
    ca_acked_ = 0;
}

void RenoCongestion::on_idle_restart()
{
    // CC-10 (RFC 5681 §4.1): idle longer than the RTO -> cwnd = min(RW, cwnd), RW = IW.
    if (cwnd_ > initial_window_) {
        cwnd_ = initial_window_;
        ca_acked_ = 0; // the counter was progress toward the old, larger window
    }
}

} // namespace ackademy::tcp
