// The RFC 9293 state machine. Section numbers refer to RFC 9293 unless said otherwise;
// IDs such as SS-6 refer to ../shared/reference/tcp-behaviour.md.
#include "core/tcp/connection.hpp"

#include <algorithm>
#include <cassert>

namespace ackademy::tcp {

namespace {

constexpr std::uint32_t kDefaultMss = 536;          // OP-6 / MUST-15
constexpr std::uint32_t kTimestampOptionBytes = 12; // nop,nop,TS (LX-4)
constexpr std::uint8_t kMaxWindowShift = 14;        // OP-9

CongestionParams congestion_params(const Profile& p)
{
    CongestionParams params;
    params.smss = kDefaultMss;
    params.initial_window_segments = p.initial_window_segments;
    return params;
}

} // namespace

Connection::Connection(ConnectionConfig config)
    : profile_(config.profile), config_(config), local_(config.local), rtt_(config.profile->rto),
      cc_(congestion_params(*config.profile))
{
    rcv_buffer_ = profile_->receive_buffer;
    tcb_.rcv_wnd = rcv_buffer_;
}

// ======================================================================================
// User calls
// ======================================================================================

ConnError Connection::open_passive(Time now)
{
    now_ = now;
    if (state_ != State::Closed) return ConnError::AlreadyExists; // UC-4
    passive_ = true;
    set_state(State::Listen, "UC-1"); // ST-01
    return ConnError::None;
}

ConnError Connection::open_active(Time now, Endpoint remote, std::optional<SeqNum> iss)
{
    now_ = now;
    if (state_ != State::Closed && state_ != State::Listen) return ConnError::AlreadyExists; // UC-4
    if (!remote.specified()) return ConnError::RemoteUnspecified;                            // ST-03
    const std::string_view rule = state_ == State::Listen ? "UC-3" : "UC-2";
    remote_ = remote;
    passive_ = false;
    // §3.10.1: select an ISS; SND.UNA = ISS, SND.NXT = ISS + 1.
    tcb_.iss = select_iss(iss);
    tcb_.snd_una = tcb_.iss;
    tcb_.snd_nxt = tcb_.iss + 1;
    tcb_.snd_max = tcb_.snd_nxt;
    send_queue_seq_ = tcb_.iss + 1;
    rcv_buffer_ = profile_->syn_window; // the buffer we offer is the window of our SYN
    tcb_.rcv_wnd = rcv_buffer_;
    set_state(State::SynSent, state_ == State::Listen ? "ST-05" : "ST-02");
    send_syn(rule);
    restart_retransmission_timer(rule);
    return ConnError::None;
}

ConnError Connection::send(Time now, Payload data)
{
    now_ = now;
    switch (state_) {
    case State::Closed:
        return ConnError::DoesNotExist; // UC-6
    case State::Listen:
        return ConnError::RemoteUnspecified; // UC-7: no remote socket known
    case State::SynSent:
    case State::SynReceived: // UC-8: queue until ESTABLISHED
    case State::Established:
    case State::CloseWait: // UC-9
        if (fin_queued_) return ConnError::Closing;
        if (!data.empty()) {
            if (send_queue_bytes_ == 0 && user_timer_.deadline == std::nullopt) oldest_unacked_since_ = now;
            send_queue_bytes_ += data.size();
            send_queue_.push_back(std::move(data));
        }
        transmit();
        return ConnError::None;
    default:
        return ConnError::Closing; // UC-10
    }
}

ConnError Connection::close(Time now)
{
    now_ = now;
    switch (state_) {
    case State::Closed:
        return ConnError::DoesNotExist;
    case State::Listen:
        set_state(State::Closed, "ST-06");
        return ConnError::None; // UC-15
    case State::SynSent:        // UC-16 / ST-11 / LX-20: no RST
        cancel(retransmission_timer_, TimerKind::Retransmission, "ST-11");
        set_state(State::Closed, "ST-11");
        return ConnError::None;
    case State::SynReceived:
        fin_queued_ = true;
        // UC-17: with data queued, the CLOSE waits until ESTABLISHED (enter_established);
        // otherwise ST-17: form a FIN and enter FIN-WAIT-1 now.
        if (send_queue_bytes_ > 0) return ConnError::None;
        set_state(State::FinWait1, "ST-17");
        transmit();
        return ConnError::None;
    case State::Established:
    case State::CloseWait:
        if (profile_->rst_on_close_with_unread_data && unread_ > 0) {
            // UC-26 [LINUX]: close() with unread data sends RST,ACK and goes to CLOSED.
            send_abort_reset("UC-26");
            close_connection(ConnError::None, "UC-26");
            return ConnError::None;
        }
        // UC-18 / ST-20 and UC-20 / ST-30: FIN after all queued data.
        fin_queued_ = true;
        set_state(state_ == State::Established ? State::FinWait1 : State::LastAck,
                  state_ == State::Established ? "ST-20" : "ST-30");
        transmit();
        return ConnError::None;
    default:
        return ConnError::Closing; // UC-19, UC-21
    }
}

ConnError Connection::abort(Time now)
{
    now_ = now;
    switch (state_) {
    case State::Closed:
        return ConnError::DoesNotExist;
    case State::Listen:
    case State::SynSent: // UC-22: no segment
        close_connection(ConnError::None, state_ == State::Listen ? "ST-07" : "ST-12");
        return ConnError::None;
    case State::SynReceived:
    case State::Established:
    case State::FinWait1:
    case State::FinWait2:
    case State::CloseWait: // UC-23
        send_abort_reset(state_ == State::SynReceived ? "ST-18"
                                                      : (state_ == State::Established ? "ST-23" : "ST-28"));
        close_connection(ConnError::None, "UC-23");
        return ConnError::None;
    default: // UC-24 / ST-35: "ok", no segment
        close_connection(ConnError::None, "ST-35");
        return ConnError::None;
    }
}

void Connection::set_reading(Time now, bool reading)
{
    now_ = now;
    reading_ = reading;
    if (!reading_) return;
    const std::uint32_t old_space = receive_space();
    unread_ = 0;
    // Receiver SWS avoidance (OP-13, MUST-39): tell the peer once the window has opened by
    // at least min(buffer/2, MSS); a window that was zero always gets an update (TO-7).
    const std::uint32_t opened = receive_space() - old_space;
    if (is_synchronized(state_) && state_ != State::TimeWait &&
        (old_space == 0 || opened >= std::min<std::uint32_t>(rcv_buffer_ / 2, tcb_.eff_mss))) {
        send_ack("OP-13");
    }
}

// ======================================================================================
// SEGMENT ARRIVES (§3.10.7)
// ======================================================================================

void Connection::on_segment(Time now, Endpoint from, const Segment& seg)
{
    now_ = now;
    switch (state_) {
    case State::Closed:
        // §3.10.7.1: a TCB in CLOSED answers like a missing one (CL-1..CL-3).
        if (auto reset = reset_for_closed(seg)) {
            const bool ack = reset->flags.ack();
            Outgoing out{*reset, from, false, ack ? "CL-2" : "CL-3"};
            outgoing_buffer().push_back(std::move(out));
        }
        return;
    case State::Listen:
        segment_arrives_listen(from, seg);
        break;
    case State::SynSent:
        segment_arrives_syn_sent(seg);
        break;
    default:
        segment_arrives_synchronized(seg);
        break;
    }
    transmit();
}

std::optional<Segment> Connection::reset_for_closed(const Segment& incoming)
{
    if (incoming.flags.rst()) return std::nullopt; // CL-1
    Segment reset;
    reset.src_port = incoming.dst_port;
    reset.dst_port = incoming.src_port;
    if (!incoming.flags.ack()) {
        // CL-2: <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>
        reset.seq = 0;
        reset.ack = incoming.seq + incoming.seg_len();
        reset.flags = TcpFlags::RST | TcpFlags::ACK;
    } else {
        // CL-3: <SEQ=SEG.ACK><CTL=RST>
        reset.seq = incoming.ack;
        reset.flags = TcpFlags::RST;
    }
    return reset;
}

void Connection::segment_arrives_listen(Endpoint from, const Segment& seg)
{
    // §3.10.7.2
    if (seg.flags.rst()) { // LI-1
        record({.kind = EventKind::SegmentDiscarded, .rule = "LI-1", .flags = seg.flags, .seq = seg.seq});
        return;
    }
    if (seg.flags.ack()) { // LI-2: <SEQ=SEG.ACK><CTL=RST>
        Segment reset = make_segment(seg.ack, TcpFlags::RST);
        reset.dst_port = seg.src_port;
        reset.options = {};
        reset.window = 0;
        outgoing_buffer().push_back({reset, from, false, "LI-2"});
        record({.kind = EventKind::SegmentSent, .rule = "LI-2", .flags = reset.flags, .seq = reset.seq});
        return;
    }
    if (!seg.flags.syn()) { // LI-5
        record({.kind = EventKind::SegmentDiscarded, .rule = "LI-5", .flags = seg.flags, .seq = seg.seq});
        return;
    }
    // LI-3: RCV.NXT = SEG.SEQ+1, IRS = SEG.SEQ, select ISS, send SYN,ACK.
    remote_ = from;
    tcb_.irs = seg.seq;
    tcb_.rcv_nxt = seg.seq + 1;
    apply_syn_options(seg);
    tcb_.iss = select_iss(config_.passive_iss);
    tcb_.snd_una = tcb_.iss;
    tcb_.snd_nxt = tcb_.iss + 1;
    tcb_.snd_max = tcb_.snd_nxt;
    send_queue_seq_ = tcb_.iss + 1;
    // SS-7 analogue: the SYN's window is never scaled (OP-9).
    tcb_.snd_wnd = seg.window;
    tcb_.max_snd_wnd = seg.window;
    tcb_.snd_wl1 = seg.seq;
    tcb_.snd_wl2 = seg.ack;
    // LI-4: text or FIN on the SYN waits until ESTABLISHED.
    if (!seg.payload.empty()) ooo_.push_back({seg.seq + 1, seg.payload});
    if (seg.flags.fin()) ooo_fin_ = seg.seq + 1 + seg.payload.size();
    set_state(State::SynReceived, "ST-04");
    send_syn_ack("LI-3");
    restart_retransmission_timer("LI-3");
}

void Connection::segment_arrives_syn_sent(const Segment& seg)
{
    // §3.10.7.3, first check: the ACK bit.
    bool ack_acceptable = false;
    if (seg.flags.ack()) {
        if (seq_le(seg.ack, tcb_.iss) || seq_gt(seg.ack, tcb_.snd_nxt)) {
            if (!seg.flags.rst()) send_reset(seg.ack, "SS-1"); // <SEQ=SEG.ACK><CTL=RST>
            record({.kind = EventKind::SegmentDiscarded,
                    .rule = seg.flags.rst() ? "SS-2" : "SS-1",
                    .flags = seg.flags,
                    .seq = seg.seq,
                    .ack = seg.ack});
            return;
        }
        // SS-12: SND.UNA < SEG.ACK =< SND.NXT
        ack_acceptable = seq_lt(tcb_.snd_una, seg.ack) && seq_le(seg.ack, tcb_.snd_nxt);
    }
    // Second check: RST. (SS-5: only the ACK is validated; RCV.NXT is not known yet.)
    if (seg.flags.rst()) {
        if (ack_acceptable) {
            // SS-3: "connection reset"; Linux reports ECONNREFUSED (UC-28).
            close_connection(profile_->name == "linux" ? ConnError::Refused : ConnError::Reset, "SS-3");
        } else {
            record({.kind = EventKind::SegmentDiscarded, .rule = "SS-4", .flags = seg.flags, .seq = seg.seq});
        }
        return;
    }
    // Fourth check: SYN.
    if (!seg.flags.syn()) { // SS-10 (SS-11: a FIN here is never processed)
        record({.kind = EventKind::SegmentDiscarded, .rule = "SS-10", .flags = seg.flags, .seq = seg.seq});
        return;
    }
    tcb_.irs = seg.seq;
    tcb_.rcv_nxt = seg.seq + 1;
    rcv_adv_ = tcb_.rcv_nxt + std::min<std::uint32_t>(rcv_buffer_, 0xFFFF); // the window of our SYN
    rcv_edge_ = rcv_adv_;
    apply_syn_options(seg);
    if (ack_acceptable) {
        tcb_.snd_una = seg.ack;
        // SS-7: every implementation initialises the send window here (unscaled in a SYN).
        tcb_.snd_wnd = seg.window;
        tcb_.max_snd_wnd = seg.window;
        tcb_.snd_wl1 = seg.seq;
        tcb_.snd_wl2 = seg.ack;
        take_rtt_sample(seg, seg.ack);
        retries_ = 0;
        cancel(retransmission_timer_, TimerKind::Retransmission, "SS-6");
        enter_established("SS-6"); // ST-08
        // SS-8: data or FIN on the SYN,ACK continue at step 6.
        Segment rest = seg;
        rest.seq = seg.seq + 1;
        rest.flags = TcpFlags(seg.flags.bits & ~TcpFlags::SYN);
        process_urg(rest);
        process_text(rest);
        process_fin(rest);
        // <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>, unless queued data carries it (transmit()).
        schedule_ack(true);
        return;
    }
    // SS-9 / ST-09: simultaneous open (Fig 7).
    tcb_.snd_wnd = seg.window;
    tcb_.max_snd_wnd = seg.window;
    tcb_.snd_wl1 = seg.seq;
    tcb_.snd_wl2 = seg.ack;
    if (!seg.payload.empty()) ooo_.push_back({seg.seq + 1, seg.payload});
    set_state(State::SynReceived, "ST-09");
    send_syn_ack("SS-9");
    restart_retransmission_timer("SS-9");
}

void Connection::segment_arrives_synchronized(const Segment& seg)
{
    // The RFC's order is fixed (§3.10.7.4): sequence, RST, security, SYN, ACK, URG, text, FIN.
    if (state_ == State::SynReceived && seg.flags.syn() && !seg.flags.ack() && !seg.flags.rst() &&
        seg.seq == tcb_.irs) {
        // SN-5: the peer retransmitted its original SYN.
        if (profile_->synack_for_duplicate_syn) {
            // LX-12: Linux answers with the SYN,ACK again, rate-limited by tcp_oow_rate_limited
            // (tcp_invalid_ratelimit, 500 ms), and then restarts the SYN,ACK timer. We also
            // count a timer retransmission against the limit, so a duplicate SYN that arrives
            // at the instant the timer fires does not get a second, identical SYN,ACK.
            if (now_ - last_synack_retransmission_ < profile_->challenge_ack_interval) {
                record({.kind = EventKind::SegmentDiscarded,
                        .rule = "LX-12",
                        .flags = seg.flags,
                        .seq = seg.seq});
                return;
            }
            send_syn_ack("LX-12", true);
            restart_retransmission_timer("LX-12");
            return;
        }
        // RFC: the SYN ends before RCV.NXT, so step 1 answers with a bare ACK.
    }
    if (state_ == State::SynReceived && !passive_ && seg.flags.syn() && seg.flags.ack() && !seg.flags.rst() &&
        seg.seq == tcb_.irs && seg.ack == tcb_.snd_nxt) {
        // SN-6 (Fig 7): the peer's SYN,ACK in a simultaneous open. Its SYN is already counted;
        // take its ACK, enter ESTABLISHED, and acknowledge (Linux does the same since 2024).
        Segment rest = seg;
        rest.seq = seg.seq + 1;
        rest.flags = TcpFlags(seg.flags.bits & ~TcpFlags::SYN);
        if (!check_ack(rest)) return;
        schedule_ack(true);
        return;
    }
    if (!check_sequence(seg)) return; // step 1
    // OP-10 (RFC 7323 §4.3): TS.Recent follows the newest TSval of an acceptable segment that
    // starts at or before Last.ACK.sent (approximated by RCV.NXT), so TSecr echoes it.
    if (tcb_.timestamps) {
        if (const auto ts = seg.options.timestamps();
            ts && seq_le(seg.seq, tcb_.rcv_nxt) && seq_ge(ts->val, tcb_.ts_recent)) {
            tcb_.ts_recent = ts->val;
        }
    }
    if (!check_rst(seg)) return; // step 2
    // Step 3 (security/compartment) is a no-op: the simulator has one compartment.
    if (!check_syn(seg)) return; // step 4
    // Trim the segment to the part in the window, starting at RCV.NXT if it overlaps it.
    Segment trimmed = seg;
    if (seq_lt(trimmed.seq, tcb_.rcv_nxt)) {
        std::uint32_t old = tcb_.rcv_nxt - trimmed.seq;
        if (trimmed.flags.syn()) {
            trimmed.flags = TcpFlags(trimmed.flags.bits & ~TcpFlags::SYN);
            --old;
            ++trimmed.seq;
        }
        const std::uint32_t cut = std::min<std::uint32_t>(old, trimmed.payload.size());
        trimmed.payload = trimmed.payload.slice(cut, trimmed.payload.size() - cut);
        trimmed.seq += cut;
    }
    if (!check_ack(trimmed)) return; // step 5
    if (!seg.payload.empty() && trimmed.payload.empty() && !trimmed.flags.fin()) {
        schedule_ack(true); // SA-8: duplicate data is re-ACKed at once
    }
    process_urg(trimmed);  // step 6
    process_text(trimmed); // step 7
    process_fin(trimmed);  // step 8
    // AK-9: our FIN was acknowledged by a segment whose own FIN could not be processed yet
    // (it lies beyond a hole, FN-8): FIN-WAIT-2 after all.
    if (state_ == State::FinWait1 && our_fin_acked()) set_state(State::FinWait2, "ST-24");
}

bool Connection::segment_acceptable(const Segment& seg) const
{
    const std::uint32_t len = seg.seg_len();
    const std::uint32_t wnd = tcb_.rcv_wnd;
    if (profile_->linux_acceptance) {
        // SA-14: Linux tcp_sequence(): drop only if the segment ends before RCV.NXT ("old")
        // or starts beyond the window's right edge ("invalid"). Entirely old data that ends
        // exactly at RCV.NXT passes here and is re-ACKed when its text turns out empty.
        const SeqNum end = seg.seq + len;
        return !seq_lt(end, tcb_.rcv_nxt) && !seq_gt(seg.seq, tcb_.rcv_nxt + wnd);
    }
    // RFC 9293 Table 6 (SA-1..SA-8, SA-12).
    if (len == 0) {
        if (wnd == 0) return seg.seq == tcb_.rcv_nxt;
        return seq_in_window(seg.seq, tcb_.rcv_nxt, wnd);
    }
    if (wnd == 0) return false;
    return seq_in_window(seg.seq, tcb_.rcv_nxt, wnd) || seq_in_window(seg.seq + len - 1, tcb_.rcv_nxt, wnd);
}

bool Connection::check_sequence(const Segment& seg)
{
    if (segment_acceptable(seg)) return true;
    // SA-5 / MUST-66: with a zero receive window, "special allowance should be made to accept
    // valid ACKs, URGs, and RSTs". A RST exactly at RCV.NXT that carries data would fail
    // Table 6 (length > 0, window 0); it is still processed as a RST.
    if (seg.flags.rst() && tcb_.rcv_wnd == 0 && seg.seq == tcb_.rcv_nxt) return true;
    if (seg.flags.rst()) { // SA-9 / RS-3: never answer a reset
        record({.kind = EventKind::SegmentDiscarded, .rule = "RS-3", .flags = seg.flags, .seq = seg.seq});
        return false;
    }
    if (state_ == State::TimeWait && seg.flags.fin()) {
        // AK-15 / FN-7: a retransmitted FIN in TIME-WAIT is re-ACKed and restarts 2MSL.
        enter_time_wait("AK-15");
    }
    // SA-2/SA-4/SA-5/SA-8: <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>, drop. SA-5: an ACK in a
    // segment we cannot accept still moves SND.UNA (MUST-66 "special allowance").
    std::string_view rule = "SA-4";
    if (seg.seg_len() > 0 && tcb_.rcv_wnd == 0)
        rule = "SA-5";
    else if (seg.seg_len() > 0 && seq_le(seg.seq + seg.seg_len(), tcb_.rcv_nxt))
        rule = "SA-8";
    else if (tcb_.rcv_wnd == 0)
        rule = "SA-2";
    if (rule == "SA-5" && seg.flags.ack() && is_synchronized(state_) && seq_lt(tcb_.snd_una, seg.ack) &&
        seq_le(seg.ack, tcb_.snd_max)) {
        on_new_ack(seg);
    }
    record({.kind = EventKind::SegmentDiscarded,
            .rule = rule,
            .flags = seg.flags,
            .seq = seg.seq,
            .ack = seg.ack,
            .length = seg.payload.size()});
    // LX-14: Linux rate-limits these ACKs (tcp_oow_rate_limited) for segments without data
    // and for SYNs; data segments and FINs in TIME-WAIT are always answered.
    const bool rate_limited =
        profile_->linux_acceptance && state_ != State::TimeWait && (seg.payload.empty() || seg.flags.syn());
    if (rate_limited)
        send_challenge_ack(rule);
    else
        send_ack(rule);
    return false;
}

bool Connection::check_rst(const Segment& seg)
{
    if (!seg.flags.rst()) return true;
    // RS-1 / RS-2 (RFC 5961 §3): only a RST exactly at RCV.NXT resets; any other in-window
    // RST gets a challenge ACK. With the mitigations off (RFC 793), any in-window RST does (RS-4).
    if (profile_->rfc5961 && seg.seq != tcb_.rcv_nxt) {
        send_challenge_ack("RS-2");
        return false;
    }
    switch (state_) {
    case State::SynReceived:
        if (passive_) {
            // RS-5 / ST-14: back to LISTEN, user not informed; the retransmission queue is flushed.
            cancel(retransmission_timer_, TimerKind::Retransmission, "ST-14");
            send_queue_.clear();
            send_queue_bytes_ = 0;
            set_state(State::Listen, "ST-14");
        } else {
            close_connection(ConnError::Refused, "ST-15"); // RS-6
        }
        return false;
    case State::Established:
        close_connection(ConnError::Reset, "ST-22");
        return false; // RS-1
    case State::FinWait1:
    case State::FinWait2:
    case State::CloseWait:
        close_connection(ConnError::Reset, "ST-27");
        return false; // RS-7
    default:
        close_connection(ConnError::None, "ST-34");
        return false; // RS-8, LX-10
    }
}

bool Connection::check_syn(const Segment& seg)
{
    if (!seg.flags.syn()) return true;
    if (state_ == State::SynReceived && passive_) {
        // SN-4 / ST-16: a SYN that passed the sequence check sends a passive open back to LISTEN.
        cancel(retransmission_timer_, TimerKind::Retransmission, "ST-16");
        set_state(State::Listen, "ST-16");
        return false;
    }
    if (profile_->rfc5961) {
        send_challenge_ack("SN-1"); // RFC 5961 §4
        return false;
    }
    // SN-2 (RFC 793): a SYN in the window is an error: reset and close.
    send_reset(tcb_.snd_nxt, "SN-2");
    close_connection(ConnError::Reset, "SN-2");
    return false;
}

bool Connection::check_ack(const Segment& seg)
{
    if (!seg.flags.ack()) { // AK-1
        record({.kind = EventKind::SegmentDiscarded, .rule = "AK-1", .flags = seg.flags, .seq = seg.seq});
        return false;
    }
    if (state_ == State::SynReceived) {
        if (seq_lt(tcb_.snd_una, seg.ack) && seq_le(seg.ack, tcb_.snd_nxt)) {
            // AK-3 / ST-13: ESTABLISHED; SND.WND = SEG.WND, SND.WL1 = SEG.SEQ, SND.WL2 = SEG.ACK.
            tcb_.snd_wnd = static_cast<std::uint32_t>(seg.window) << tcb_.snd_wscale;
            tcb_.max_snd_wnd = std::max(tcb_.max_snd_wnd, tcb_.snd_wnd);
            tcb_.snd_wl1 = seg.seq;
            tcb_.snd_wl2 = seg.ack;
            enter_established("ST-13");
        } else {
            send_reset(seg.ack, "AK-4"); // <SEQ=SEG.ACK><CTL=RST>
            return false;
        }
    }
    // AK-7: an ACK for something not yet sent.
    if (seq_gt(seg.ack, tcb_.snd_max)) {
        send_ack("AK-7");
        return false;
    }
    // AK-2 (RFC 5961 §5): an ACK too far in the past is answered and discarded.
    if (profile_->rfc5961 && seq_lt(seg.ack, tcb_.snd_una - tcb_.max_snd_wnd)) {
        send_challenge_ack("AK-2");
        return false;
    }
    const std::uint32_t old_wnd = tcb_.snd_wnd;
    if (seq_lt(tcb_.snd_una, seg.ack)) {
        on_new_ack(seg); // AK-5
    } else {
        on_duplicate_ack_candidate(seg, old_wnd); // AK-6, CC-5
    }
    update_send_window(seg); // AK-8

    switch (state_) {
    case State::FinWait1:
        // AK-9 / ST-24. If this segment also carries the peer's FIN, step 8 takes FIN-WAIT-1
        // straight to TIME-WAIT (ST-26, SC-9) instead of passing through FIN-WAIT-2.
        if (our_fin_acked() && !seg.flags.fin()) set_state(State::FinWait2, "ST-24");
        break;
    case State::Closing:
        if (our_fin_acked()) enter_time_wait("ST-31"); // AK-12
        break;
    case State::LastAck:
        if (our_fin_acked()) { // AK-13 / ST-32
            close_connection(ConnError::None, "ST-32");
            return false;
        }
        break; // AK-14: data acked, FIN not yet
    default:
        break;
    }
    return true;
}

void Connection::on_new_ack(const Segment& seg)
{
    const SeqNum acked_up_to = seg.ack;
    const std::uint32_t newly = acked_up_to - tcb_.snd_una;
    // Octets of data (not SYN/FIN) newly acknowledged.
    std::uint32_t data_octets = newly;
    if (seq_le(tcb_.snd_una, tcb_.iss) && seq_gt(acked_up_to, tcb_.iss)) --data_octets;
    if (fin_sent_ && seq_le(tcb_.snd_una, fin_seq_) && seq_gt(acked_up_to, fin_seq_)) --data_octets;

    take_rtt_sample(seg, acked_up_to);
    tcb_.snd_una = acked_up_to;
    if (seq_lt(tcb_.snd_nxt, tcb_.snd_una)) tcb_.snd_nxt = tcb_.snd_una; // after a go-back-N rewind
    drop_acked_send_data();
    retries_ = 0;
    had_data_timeout_ = false;
    bytes_acked_ += data_octets;
    oldest_unacked_since_ = now_;
    if (data_octets > 0)
        record({.kind = EventKind::DataAcked, .rule = "AK-5", .ack = acked_up_to, .value = data_octets});
    if (is_synchronized(state_)) {
        cc_.on_new_ack(newly); // CC-3 / CC-4 / CC-7 deflation
        record_congestion();
    }
    // RT-8 (5.2) / (5.3): stop the timer when all is acknowledged, else restart it.
    if (tcb_.snd_una == tcb_.snd_max) {
        cancel(retransmission_timer_, TimerKind::Retransmission, "RT-8");
    } else if (!in_persist_) {
        restart_retransmission_timer("RT-8");
    }
}

void Connection::on_duplicate_ack_candidate(const Segment& seg, std::uint32_t old_wnd)
{
    // CC-5: a duplicate ACK needs (a) outstanding data, (b) no data, (c) no SYN/FIN,
    // (d) SEG.ACK == SND.UNA and (e) an unchanged window.
    const std::uint32_t seg_wnd = static_cast<std::uint32_t>(seg.window) << tcb_.snd_wscale;
    // In persist mode (TO-7) the peer answers each window probe with exactly such an ACK; those
    // answers say "window still zero", not "segment lost", and must not trigger a fast
    // retransmit into a closed window (Linux: tcp_ack_probe handles them apart).
    const bool duplicate = tcb_.snd_max != tcb_.snd_una && seg.payload.empty() && !seg.flags.syn() &&
                           !seg.flags.fin() && seg.ack == tcb_.snd_una && seg_wnd == old_wnd &&
                           is_synchronized(state_) && !in_persist_;
    if (!duplicate) return;
    const bool fast_retransmit = cc_.on_duplicate_ack(flight_size());
    record({.kind = EventKind::DuplicateAck,
            .rule = "CC-5",
            .count = static_cast<int>(cc_.duplicate_acks()),
            .ack = seg.ack});
    if (fast_retransmit) {
        // CC-6: retransmit the segment at SND.UNA; ssthresh and cwnd were set by RenoCongestion.
        record({.kind = EventKind::FastRetransmit, .rule = "CC-6", .seq = tcb_.snd_una});
        rtt_timing_ = false; // Karn (RT-6)
        retransmit_head("CC-6");
        restart_retransmission_timer("CC-6");
    }
    record_congestion();
}

void Connection::update_send_window(const Segment& seg)
{
    // AK-8: update if SND.UNA =< SEG.ACK =< SND.NXT and (WL1 < SEG.SEQ or (WL1 = SEG.SEQ and WL2 =<
    // SEG.ACK)).
    if (!(seq_le(tcb_.snd_una, seg.ack) && seq_le(seg.ack, tcb_.snd_max))) return;
    if (!(seq_lt(tcb_.snd_wl1, seg.seq) || (tcb_.snd_wl1 == seg.seq && seq_le(tcb_.snd_wl2, seg.ack))))
        return;
    const std::uint32_t wnd = static_cast<std::uint32_t>(seg.window) << tcb_.snd_wscale;
    const bool changed = wnd != tcb_.snd_wnd;
    tcb_.snd_wnd = wnd;
    tcb_.max_snd_wnd = std::max(tcb_.max_snd_wnd, wnd);
    tcb_.snd_wl1 = seg.seq;
    tcb_.snd_wl2 = seg.ack;
    if (changed) record({.kind = EventKind::WindowUpdate, .rule = "AK-8", .value = wnd});
    if (wnd > 0 && in_persist_) {
        // TO-7: the window opened; leave persist mode. Whatever was sent beyond the closed
        // window (an RFC one-octet probe, a TO-10 retransmission) was not accepted: resend
        // from SND.UNA.
        in_persist_ = false;
        cancel(persist_timer_, TimerKind::Persist, "TO-7");
        if (seq_lt(tcb_.snd_una, tcb_.snd_nxt)) tcb_.snd_nxt = tcb_.snd_una;
        if (tcb_.snd_max != tcb_.snd_una) restart_retransmission_timer("TO-7");
    }
}

bool Connection::our_fin_acked() const
{
    return fin_sent_ && seq_gt(tcb_.snd_una, fin_seq_);
}

void Connection::take_rtt_sample(const Segment& seg, SeqNum acked_up_to)
{
    if (rtt_timing_ && seq_ge(acked_up_to, rtt_seq_)) {
        rtt_timing_ = false;
        rtt_.on_sample(now_ - rtt_start_); // RT-2 / RT-3
    } else if (tcb_.timestamps && retries_ > 0) {
        // RT-6: timestamps disambiguate a retransmission (RFC 7323 §4): TSecr echoes the
        // TSval of the transmission that this ACK answers.
        if (auto ts = seg.options.timestamps(); ts && ts->ecr != 0) {
            const std::uint32_t ms = timestamp_now() - ts->ecr;
            rtt_.on_sample(std::chrono::milliseconds(ms));
        } else {
            return;
        }
    } else {
        return;
    }
    record({.kind = EventKind::RttSample,
            .rule = "RT-3",
            .duration = rtt_.srtt().value_or(Duration::zero()),
            .value = static_cast<std::uint32_t>(rtt_.rto().count())});
}

void Connection::process_urg(const Segment& seg)
{
    // Step 6 (UR-1 / UR-2): only in ESTABLISHED, FIN-WAIT-1 and FIN-WAIT-2.
    if (!seg.flags.urg()) return;
    if (state_ != State::Established && state_ != State::FinWait1 && state_ != State::FinWait2) return;
    const SeqNum up = seg.seq + seg.urgent;
    tcb_.rcv_up = seq_max(tcb_.rcv_up, up);
}

void Connection::process_text(const Segment& seg)
{
    // Step 7: text is accepted in ESTABLISHED, FIN-WAIT-1 and FIN-WAIT-2 only (TX-1, TX-2).
    if (seg.payload.empty()) return;
    if (state_ != State::Established && state_ != State::FinWait1 && state_ != State::FinWait2) return;

    // Keep only what fits in the window (the rest is dropped and will be retransmitted).
    // TX-1 / SHLD-14: octets inside the window we advertised are accepted even if it was
    // rounded up to the window scale or the application stopped reading since (Linux keeps
    // receive-buffer slack for exactly this); refusing them would stall the sender.
    std::uint32_t space = receive_space();
    if (seq_gt(rcv_adv_, tcb_.rcv_nxt)) space = std::max<std::uint32_t>(space, rcv_adv_ - tcb_.rcv_nxt);
    const std::uint32_t offset = seg.seq - tcb_.rcv_nxt;
    if (offset >= space) {
        schedule_ack(true);
        return;
    }
    const std::uint32_t keep = std::min<std::uint32_t>(seg.payload.size(), space - offset);
    Payload data = seg.payload.slice(0, keep);
    last_data_received_ = now_;

    if (seg.seq == tcb_.rcv_nxt) {
        const bool filled_gap = !ooo_.empty();
        ooo_.insert(ooo_.begin(), {seg.seq, data});
        deliver_in_order();
        if (filled_gap) {
            schedule_ack(true); // CC-9 / SA-11: a segment that fills a gap is ACKed at once
        } else {
            if (data.size() >= tcb_.eff_mss) ++unacked_full_segments_;
            schedule_ack(false); // TX-1, possibly delayed (TO-9)
        }
        return;
    }
    // SA-10: out of order; hold it and send an immediate duplicate ACK (RFC 5681 §4.2).
    auto pos =
        std::find_if(ooo_.begin(), ooo_.end(), [&](const OutOfOrder& o) { return seq_gt(o.seq, seg.seq); });
    ooo_.insert(pos, {seg.seq, data});
    last_sack_left_ = seg.seq;
    schedule_ack(true);
    record({.kind = EventKind::SegmentDiscarded,
            .rule = "SA-10",
            .flags = seg.flags,
            .seq = seg.seq,
            .length = data.size()});
}

void Connection::deliver_in_order()
{
    // Delivers the queue's in-order prefix; overlapping and old parts are trimmed away.
    std::sort(ooo_.begin(), ooo_.end(),
              [](const OutOfOrder& a, const OutOfOrder& b) { return seq_lt(a.seq, b.seq); });
    std::uint32_t delivered_now = 0;
    std::size_t consumed = 0;
    for (; consumed < ooo_.size(); ++consumed) {
        OutOfOrder& o = ooo_[consumed];
        if (seq_gt(o.seq, tcb_.rcv_nxt)) break;
        const std::uint32_t old = tcb_.rcv_nxt - o.seq;
        if (old >= o.data.size()) continue;
        Payload fresh = o.data.slice(old, o.data.size() - old);
        tcb_.rcv_nxt += fresh.size();
        delivered_now += fresh.size();
        if (config_.keep_delivered_data) delivered_.push_back(fresh);
    }
    ooo_.erase(ooo_.begin(), ooo_.begin() + static_cast<std::ptrdiff_t>(consumed));
    if (delivered_now == 0) return;
    bytes_delivered_ += delivered_now;
    if (!reading_) unread_ += delivered_now;
    record({.kind = EventKind::DataDelivered, .rule = "TX-1", .seq = tcb_.rcv_nxt, .value = delivered_now});
}

void Connection::process_fin(const Segment& seg)
{
    // Step 8. FN-1: never in CLOSED, LISTEN or SYN-SENT (those paths do not get here).
    std::optional<SeqNum> fin_at;
    if (seg.flags.fin()) fin_at = seg.seq + seg.payload.size();
    if (fin_at && seq_gt(*fin_at, tcb_.rcv_nxt)) {
        ooo_fin_ = *fin_at; // FN-8: a FIN beyond a hole waits for the hole to fill
        return;
    }
    if (!fin_at && ooo_fin_ && *ooo_fin_ == tcb_.rcv_nxt && ooo_.empty()) fin_at = ooo_fin_;
    if (fin_at && seq_lt(*fin_at, tcb_.rcv_nxt)) {
        // A FIN we already acknowledged (below RCV.NXT): our ACK was lost. With the Linux
        // acceptance test (SA-14) it passes step 1 because it ends exactly at RCV.NXT, so the
        // re-ACK is made here. AK-15 / FN-7: in TIME-WAIT, ACK it and restart 2MSL (Linux
        // tcp_timewait_state_process: TCP_TW_ACK); FN-6: in CLOSE-WAIT, CLOSING and LAST-ACK
        // ACK it at once (Linux tcp_data_queue: "A retransmit ... Force an immediate ack").
        if (state_ == State::TimeWait) enter_time_wait("FN-7");
        send_ack(state_ == State::TimeWait ? "AK-15" : "FN-6");
        return;
    }
    if (!fin_at || *fin_at != tcb_.rcv_nxt) {
        if (fin_at && state_ == State::TimeWait) enter_time_wait("FN-7");
        return;
    }
    ooo_fin_.reset();
    // FN-2: RCV.NXT advances over the FIN, which is acknowledged; the user hears "closing".
    tcb_.rcv_nxt += 1;
    notify(ConnError::ClosedNormally, "FN-2");
    switch (state_) {
    case State::SynReceived:
    case State::Established:
        // Linux's tcp_fin() enters pingpong mode here, so the ACK of a FIN is delayed (LX-15).
        if (profile_->delayed_ack) pingpong_ = true;
        set_state(State::CloseWait, "ST-21"); // FN-3
        schedule_ack(!profile_->delayed_ack);
        break;
    case State::FinWait1:
        if (our_fin_acked())
            enter_time_wait("ST-26"); // FN-4
        else
            set_state(State::Closing, "ST-25");
        schedule_ack(true);
        break;
    case State::FinWait2:
        enter_time_wait("ST-29"); // FN-5
        schedule_ack(true);
        break;
    case State::TimeWait:
        enter_time_wait("FN-7");
        schedule_ack(true);
        break;
    default:
        schedule_ack(true);
        break; // FN-6: CLOSE-WAIT, CLOSING, LAST-ACK remain
    }
}

// ======================================================================================
// Options
// ======================================================================================

void Connection::apply_syn_options(const Segment& syn)
{
    // OP-6: without an MSS option the peer can take 536 octets.
    tcb_.peer_mss = syn.options.mss().value_or(static_cast<std::uint16_t>(kDefaultMss));
    // OP-9: window scaling only if both sides offer it.
    const auto peer_ws = syn.options.window_scale();
    if (peer_ws && profile_->window_scale >= 0) {
        tcb_.window_scaling = true;
        tcb_.snd_wscale = std::min<std::uint8_t>(*peer_ws, kMaxWindowShift);
        tcb_.rcv_wscale = static_cast<std::uint8_t>(profile_->window_scale);
    }
    // OP-10: timestamps if both offer them.
    if (const auto ts = syn.options.timestamps(); ts && profile_->timestamps) {
        tcb_.timestamps = true;
        tcb_.ts_recent = ts->val;
    }
    tcb_.sack = syn.options.sack_permitted() && profile_->sack; // OP-11
    // OP-7: Eff.snd.MSS = min(SendMSS, our MSS) minus the options every segment carries.
    std::uint32_t mss = std::min<std::uint32_t>(tcb_.peer_mss, profile_->mss);
    if (tcb_.timestamps) mss -= kTimestampOptionBytes;
    tcb_.eff_mss = static_cast<std::uint16_t>(mss);
    cc_.set_smss(mss);
    record_congestion();
}

TcpOptions Connection::syn_options(bool syn_ack) const
{
    TcpOptions options;
    options.push(opt::Mss{profile_->mss});
    if (profile_->syn_options == SynOptionStyle::MssOnly) return options;
    // LX-1 / LX-2: tcp_options_write order. A SYN,ACK echoes only what the SYN offered.
    const bool sack = profile_->sack && (!syn_ack || tcb_.sack);
    const bool ts = profile_->timestamps && (!syn_ack || tcb_.timestamps);
    const bool ws = profile_->window_scale >= 0 && (!syn_ack || tcb_.window_scaling);
    if (ts) {
        if (sack)
            options.push(opt::SackPermitted{});
        else {
            options.push(opt::Nop{});
            options.push(opt::Nop{});
        }
        options.push(opt::Timestamps{timestamp_now(), syn_ack ? tcb_.ts_recent : 0});
    } else if (sack) {
        options.push(opt::Nop{});
        options.push(opt::Nop{});
        options.push(opt::SackPermitted{});
    }
    if (ws) {
        options.push(opt::Nop{});
        options.push(opt::WindowScale{static_cast<std::uint8_t>(profile_->window_scale)});
    }
    return options;
}

TcpOptions Connection::data_options() const
{
    TcpOptions options;
    if (tcb_.timestamps) { // LX-4: nop,nop,TS on every segment
        options.push(opt::Nop{});
        options.push(opt::Nop{});
        options.push(opt::Timestamps{timestamp_now(), tcb_.ts_recent});
    }
    if (tcb_.sack && !ooo_.empty()) {
        // RFC 2018 §4: the first block holds the most recently received segment.
        opt::Sack sack;
        const std::size_t max_blocks = tcb_.timestamps ? 3 : 4;
        std::vector<SackBlock> blocks;
        for (const OutOfOrder& o : ooo_) {
            const SeqNum end = o.seq + o.data.size();
            if (!blocks.empty() && seq_ge(blocks.back().right, o.seq)) {
                blocks.back().right = seq_max(blocks.back().right, end);
            } else {
                blocks.push_back({o.seq, end});
            }
        }
        auto recent = std::find_if(blocks.begin(), blocks.end(), [&](const SackBlock& b) {
            return seq_le(b.left, last_sack_left_) && seq_lt(last_sack_left_, b.right);
        });
        if (recent != blocks.end()) std::rotate(blocks.begin(), recent, recent + 1);
        if (blocks.size() > max_blocks) blocks.resize(max_blocks);
        sack.blocks = blocks;
        options.push(opt::Nop{});
        options.push(opt::Nop{});
        options.push(sack);
    }
    return options;
}

std::uint32_t Connection::timestamp_now() const
{
    // A 1 ms timestamp clock (Linux's tcp_time_stamp_ms) plus the per-connection offset.
    return static_cast<std::uint32_t>(now_.count() / 1000) + config_.ts_offset;
}

// ======================================================================================
// Output
// ======================================================================================

Segment Connection::make_segment(SeqNum seq, std::uint16_t flags) const
{
    Segment seg;
    seg.src_port = local_.port;
    seg.dst_port = remote_.port;
    seg.seq = seq;
    seg.flags = flags;
    if (seg.flags.ack()) seg.ack = tcb_.rcv_nxt;
    return seg;
}

std::uint32_t Connection::receive_space() const
{
    // Data delivered but not yet read by the application occupies the buffer (TO-7: an
    // application that stops reading closes the window).
    return unread_ >= rcv_buffer_ ? 0 : rcv_buffer_ - unread_;
}

std::uint16_t Connection::advertised_window_field()
{
    // The window we offer: free receive space, never moving the right edge left (SHLD-14),
    // scaled down by our shift and rounded up to it as Linux does (__tcp_select_window).
    std::uint32_t space = receive_space();
    // OP-13 receiver SWS avoidance (MUST-39): free space below min(buffer / 2, Eff.snd.MSS)
    // is not offered (Linux __tcp_select_window: free_space < mss -> 0).
    if (space < std::min<std::uint32_t>(rcv_buffer_ / 2, tcb_.eff_mss)) space = 0;
    // SHLD-14: the right edge never moves left. It is kept exact (unrounded): rounding a kept
    // edge up again on every ACK would let it creep past the buffer, 127 octets at a time.
    SeqNum right = tcb_.rcv_nxt + space;
    if (seq_lt(right, rcv_edge_)) right = rcv_edge_;
    rcv_edge_ = right;
    space = seq_gt(right, tcb_.rcv_nxt) ? right - tcb_.rcv_nxt : 0;
    const std::uint8_t shift = tcb_.window_scaling ? tcb_.rcv_wscale : 0;
    std::uint32_t field = (space + (1U << shift) - 1) >> shift;
    if (field > 0xFFFF) field = 0xFFFF;
    tcb_.rcv_wnd = field << shift;
    // What the peer may send: up to the furthest rounded edge ever offered (process_text
    // accepts it). RFC 7323 §2.4 allows the rounded edge itself to retract by less than one
    // unit of the scale.
    rcv_adv_ = seq_max(rcv_adv_, tcb_.rcv_nxt + tcb_.rcv_wnd);
    return static_cast<std::uint16_t>(field);
}

void Connection::emit(Segment seg, std::string_view rule, bool retransmission)
{
    if (!seg.flags.syn() && !seg.flags.rst()) {
        seg.window = advertised_window_field();
        if (seg.options.empty()) seg.options = data_options();
    }
    if (seg.flags.ack()) {
        // Any segment carrying an ACK satisfies a pending (delayed) ACK.
        ack_now_ = false;
        unacked_full_segments_ = 0;
        if (delayed_ack_timer_.deadline) cancel(delayed_ack_timer_, TimerKind::DelayedAck, rule);
    }
    if (retransmission) ++total_retransmissions_;
    last_send_ = now_;
    record({.kind = EventKind::SegmentSent,
            .rule = rule,
            .count = retransmission ? retries_ : 0,
            .flags = seg.flags,
            .seq = seg.seq,
            .ack = seg.ack,
            .length = seg.payload.size(),
            .value = seg.window});
    // Filled in place: a temporary copied in costs store-forwarding stalls (performance.md).
    Outgoing& out = outgoing_buffer().emplace_back();
    out.segment = std::move(seg);
    out.to = remote_;
    out.retransmission = retransmission;
    out.rule = rule;
}

void Connection::send_syn(std::string_view rule, bool retransmission)
{
    // <SEQ=ISS><CTL=SYN>; a retransmitted SYN keeps its ISN (IS-5).
    Segment syn = make_segment(tcb_.iss, TcpFlags::SYN);
    syn.window = static_cast<std::uint16_t>(std::min<std::uint32_t>(profile_->syn_window, 0xFFFF));
    syn.options = syn_options(false);
    if (!retransmission) {
        rtt_timing_ = true;
        rtt_seq_ = tcb_.iss + 1;
        rtt_start_ = now_;
    }
    emit(std::move(syn), rule, retransmission);
}

void Connection::send_syn_ack(std::string_view rule, bool retransmission)
{
    // <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>; a retransmitted SYN,ACK keeps its ISN (IS-5).
    Segment syn_ack = make_segment(tcb_.iss, TcpFlags::SYN | TcpFlags::ACK);
    std::uint32_t window = profile_->synack_window;
    if (profile_->syn_options == SynOptionStyle::Linux) {
        // LX-2: the largest multiple of the payload MSS that fits in 65535.
        const std::uint32_t mss = profile_->mss - (tcb_.timestamps ? kTimestampOptionBytes : 0);
        window = (0xFFFFU / mss) * mss;
    }
    rcv_buffer_ = window; // the buffer we offer is the window of our SYN,ACK
    tcb_.rcv_wnd = window;
    rcv_adv_ = tcb_.rcv_nxt + window;
    rcv_edge_ = rcv_adv_;
    syn_ack.window = static_cast<std::uint16_t>(window);
    syn_ack.options = syn_options(true);
    if (!retransmission) {
        rtt_timing_ = true;
        rtt_seq_ = tcb_.iss + 1;
        rtt_start_ = now_;
    }
    ack_now_ = false;
    if (retransmission) last_synack_retransmission_ = now_;
    emit(std::move(syn_ack), rule, retransmission);
}

void Connection::send_ack(std::string_view rule)
{
    Segment ack = make_segment(tcb_.snd_nxt, TcpFlags::ACK);
    emit(std::move(ack), rule);
}

void Connection::send_challenge_ack(std::string_view rule)
{
    // RS-10 / LX-14: challenge ACKs are rate-limited per connection.
    if (now_ - last_challenge_ack_ < profile_->challenge_ack_interval) {
        record({.kind = EventKind::SegmentDiscarded, .rule = "RS-10"});
        return;
    }
    last_challenge_ack_ = now_;
    send_ack(rule);
}

void Connection::send_reset(SeqNum seq, std::string_view rule)
{
    Segment reset = make_segment(seq, TcpFlags::RST);
    reset.window = 0;
    record({.kind = EventKind::SegmentSent, .rule = rule, .flags = reset.flags, .seq = reset.seq});
    outgoing_buffer().push_back({std::move(reset), remote_, false, rule});
}

void Connection::send_abort_reset(std::string_view rule)
{
    // UC-23: <SEQ=SND.NXT><CTL=RST>; Linux sends RST,ACK with ACK = RCV.NXT (LX-13).
    if (profile_->rst_ack_on_abort) {
        Segment reset = make_segment(tcb_.snd_nxt, TcpFlags::RST | TcpFlags::ACK);
        reset.window = 0;
        if (tcb_.timestamps) {
            reset.options.push(opt::Nop{});
            reset.options.push(opt::Nop{});
            reset.options.push(opt::Timestamps{timestamp_now(), tcb_.ts_recent});
        }
        record({.kind = EventKind::SegmentSent,
                .rule = rule,
                .flags = reset.flags,
                .seq = reset.seq,
                .ack = reset.ack});
        outgoing_buffer().push_back({std::move(reset), remote_, false, rule});
        return;
    }
    send_reset(tcb_.snd_nxt, rule);
}

Payload Connection::send_data(SeqNum seq, std::uint32_t length) const
{
    // Finds [seq, seq + length) in the send queue. A range inside one chunk is shared;
    // one that spans chunks (small writes coalesced) is copied once into a new chunk.
    std::uint32_t skip = seq - send_queue_seq_;
    auto it = send_queue_.begin();
    while (it != send_queue_.end() && skip >= it->size()) {
        skip -= it->size();
        ++it;
    }
    if (it == send_queue_.end() || length == 0) return {};
    if (skip + length <= it->size()) return it->slice(skip, length);
    Bytes joined;
    joined.reserve(length);
    std::uint32_t left = length;
    for (; it != send_queue_.end() && left > 0; ++it) {
        const auto bytes = it->bytes().subspan(skip);
        const std::uint32_t take = std::min<std::uint32_t>(left, static_cast<std::uint32_t>(bytes.size()));
        joined.insert(joined.end(), bytes.begin(), bytes.begin() + take);
        left -= take;
        skip = 0;
    }
    return Payload::copy_of(joined);
}

void Connection::drop_acked_send_data()
{
    // Releases data below SND.UNA from the send queue (AK-5: it leaves the retransmission queue).
    while (!send_queue_.empty()) {
        const SeqNum chunk_end = send_queue_seq_ + send_queue_.front().size();
        if (seq_le(chunk_end, tcb_.snd_una)) {
            send_queue_bytes_ -= send_queue_.front().size();
            send_queue_seq_ = chunk_end;
            send_queue_.erase(send_queue_.begin());
            continue;
        }
        if (seq_lt(send_queue_seq_, tcb_.snd_una)) {
            const std::uint32_t cut = tcb_.snd_una - send_queue_seq_;
            Payload& front = send_queue_.front();
            front = front.slice(cut, front.size() - cut);
            send_queue_bytes_ -= cut;
            send_queue_seq_ = tcb_.snd_una;
        }
        break;
    }
    if (seq_lt(send_queue_seq_, tcb_.snd_una) && send_queue_.empty()) {
        // Only SYN/FIN were beyond the data; keep the queue's start at the next data octet.
        send_queue_seq_ = tcb_.snd_una;
        if (fin_sent_ && seq_gt(tcb_.snd_una, fin_seq_)) send_queue_seq_ = fin_seq_;
    }
}

bool Connection::send_one_data_segment()
{
    // Where the next new octet goes, how much is queued behind it, and what the windows allow.
    const SeqNum next = tcb_.snd_nxt;
    const std::uint64_t queued_end = send_queue_bytes_;
    const std::uint32_t sent_data = next - send_queue_seq_;
    const std::uint64_t available = queued_end > sent_data ? queued_end - sent_data : 0;
    // A FIN is due if the user closed and it was never sent, or a go-back-N rewind (TO-2)
    // moved SND.NXT back to or below it. fin_sent_ means "sent at least once" and is never
    // cleared: our_fin_acked() depends on it.
    const bool fin_pending = fin_queued_ && (!fin_sent_ || seq_le(next, fin_seq_));
    if (available == 0 && !fin_pending) return false;

    // CC-11: may send while FlightSize < min(cwnd, rwnd).
    const std::uint32_t window = cc_.send_window(tcb_.snd_wnd);
    const std::uint32_t in_flight = next - tcb_.snd_una;
    const std::uint32_t usable = window > in_flight ? window - in_flight : 0;

    if (available == 0) {
        // FIN after all data (ST-20, ST-30); a FIN needs no window.
        Segment fin = make_segment(next, TcpFlags::FIN | TcpFlags::ACK);
        fin_seq_ = next;
        fin_sent_ = true;
        tcb_.snd_nxt = next + 1;
        const bool retransmission = seq_lt(next, tcb_.snd_max);
        tcb_.snd_max = seq_max(tcb_.snd_max, tcb_.snd_nxt);
        emit(std::move(fin), state_ == State::LastAck ? "ST-30" : "ST-20", retransmission);
        if (!retransmission_timer_.deadline) restart_retransmission_timer("RT-8");
        return false;
    }
    if (tcb_.snd_wnd == 0) {
        // TO-7: a zero window; probe it after an RTO (SHLD-29) if nothing else is in flight.
        if (in_flight == 0 && !in_persist_) {
            in_persist_ = true;
            persist_interval_ = rtt_.rto();
            cancel(retransmission_timer_, TimerKind::Retransmission, "TO-7");
            arm(persist_timer_, TimerKind::Persist, persist_interval_, "TO-7");
        }
        return false;
    }
    std::uint32_t length = static_cast<std::uint32_t>(std::min<std::uint64_t>(available, tcb_.eff_mss));
    length = std::min(length, usable);
    if (length == 0) return false;
    const bool whole_rest = length == available;
    const bool retransmission = seq_lt(next, tcb_.snd_max);
    if (!retransmission && length < tcb_.eff_mss) {
        // OP-12 Nagle: hold a small segment while data is unacknowledged (unless closing).
        if (profile_->nagle && in_flight > 0 && !fin_queued_) return false;
        // OP-13 sender SWS avoidance: a small segment only if it is all we have, or half the
        // largest window the peer ever offered, or when the override timer fired.
        if (!whole_rest && length < tcb_.max_snd_wnd / 2 && !(sws_override_due_ && in_flight == 0)) {
            // With nothing in flight no ACK will come to clock us: arm the override timer
            // (RFC 9293 §3.8.6.2.1, RFC 1122 §4.2.3.4: 0.1-1 s). Linux uses its probe timer
            // here (tcp_check_probe_timer), which is the persist timer.
            if (in_flight == 0 && !persist_timer_.deadline) {
                const Duration after =
                    std::clamp<Duration>(rtt_.rto(), std::chrono::milliseconds(100), std::chrono::seconds(1));
                arm(persist_timer_, TimerKind::Persist, after, "OP-13");
            }
            return false;
        }
        sws_override_due_ = false;
    }
    std::uint16_t flags = TcpFlags::ACK;
    if (whole_rest) flags |= TcpFlags::PSH; // TX-3: the last segment of what the user sent
    const bool with_fin = whole_rest && fin_pending;
    if (with_fin) flags |= TcpFlags::FIN;
    Segment seg = make_segment(next, flags);
    seg.payload = send_data(next, length);
    tcb_.snd_nxt = next + length + (with_fin ? 1U : 0U);
    if (with_fin) {
        fin_seq_ = next + length;
        fin_sent_ = true;
    }
    tcb_.snd_max = seq_max(tcb_.snd_max, tcb_.snd_nxt);
    if (!retransmission && !rtt_timing_) {
        rtt_timing_ = true; // RT-6: time one new segment at a time
        rtt_seq_ = tcb_.snd_nxt;
        rtt_start_ = now_;
    }
    if (!retransmission && profile_->slow_start_after_idle && in_flight == 0 &&
        now_ - last_send_ > rtt_.rto() && bytes_acked_ > 0) {
        cc_.on_idle_restart(); // CC-10
        record_congestion();
    }
    if (!retransmission && profile_->delayed_ack &&
        now_ - last_data_received_ < profile_->delayed_ack_timeout) {
        pingpong_ = true; // Linux: sending soon after receiving marks an interactive connection
    }
    emit(std::move(seg), retransmission ? "RT-8" : "UC-9", retransmission);
    if (!retransmission_timer_.deadline) restart_retransmission_timer("RT-8");
    return true;
}

void Connection::transmit()
{
    // After CLOSE, data queued before the FIN still goes out, and after a rewind (TO-2) the
    // data and FIN below SND.MAX are resent, in CLOSING too.
    const bool closing_with_data_left =
        (state_ == State::FinWait1 || state_ == State::Closing || state_ == State::LastAck) &&
        (!fin_sent_ || seq_le(tcb_.snd_nxt, fin_seq_));
    const bool can_send_data =
        state_ == State::Established || state_ == State::CloseWait || closing_with_data_left;
    if (can_send_data && !in_persist_) {
        while (send_one_data_segment()) {
        }
    }
    sws_override_due_ = false; // OP-13: the override lets out at most one small segment
    if (ack_now_ && is_synchronized(state_)) send_ack("TX-1");
    ack_now_ = false;
}

void Connection::schedule_ack(bool immediate)
{
    // CC-9 / TO-9 / LX-15: without delayed ACKs every ACK goes at once. With them, an ACK
    // waits up to the delayed-ACK timeout, but the second full-sized segment, quick-ACK
    // mode at the start of a connection and anything out of order are ACKed at once.
    if (!profile_->delayed_ack || immediate) {
        ack_now_ = true;
        return;
    }
    if (!pingpong_ && quickacks_left_ > 0) {
        --quickacks_left_;
        ack_now_ = true;
        return;
    }
    if (unacked_full_segments_ >= 2) {
        ack_now_ = true;
        return;
    }
    if (!delayed_ack_timer_.deadline)
        arm(delayed_ack_timer_, TimerKind::DelayedAck, profile_->delayed_ack_timeout, "LX-15");
}

// ======================================================================================
// Timers (§3.10.8)
// ======================================================================================

void Connection::arm(Timer& timer, TimerKind kind, Duration after, std::string_view rule)
{
    timer.deadline = now_ + after;
    record({.kind = EventKind::TimerArmed,
            .rule = rule,
            .timer = kind,
            .duration = after,
            .count = kind == TimerKind::Retransmission ? rtt_.backoff_count() : 0});
}

void Connection::cancel(Timer& timer, TimerKind kind, std::string_view rule)
{
    if (!timer.deadline) return;
    timer.deadline.reset();
    record({.kind = EventKind::TimerCancelled, .rule = rule, .timer = kind});
}

void Connection::restart_retransmission_timer(std::string_view rule)
{
    arm(retransmission_timer_, TimerKind::Retransmission, rtt_.rto(), rule);
    if (profile_->user_timeout > Duration::zero() && !user_timer_.deadline) {
        arm(user_timer_, TimerKind::UserTimeout, profile_->user_timeout, "TO-1");
    }
}

void Connection::on_timer(Time now)
{
    now_ = now;
    auto due = [&](const Timer& t) { return t.deadline && *t.deadline <= now; };
    if (due(time_wait_timer_)) on_time_wait_timeout();
    if (due(user_timer_)) on_user_timeout();
    if (due(retransmission_timer_)) on_retransmission_timeout();
    if (due(persist_timer_)) on_persist_timeout();
    if (due(delayed_ack_timer_)) on_delayed_ack_timeout();
    transmit();
}

int Connection::retry_limit() const
{
    switch (state_) {
    case State::SynSent:
        return profile_->syn_retries + profile_->syn_linear_timeouts; // LX-5
    case State::SynReceived:
        return profile_->synack_retries; // LX-6
    default:
        return profile_->data_retries; // TO-5, LX-8
    }
}

void Connection::on_retransmission_timeout()
{
    retransmission_timer_.deadline.reset();
    record({.kind = EventKind::TimerExpired,
            .rule = "TO-2",
            .timer = TimerKind::Retransmission,
            .duration = rtt_.rto(),
            .count = rtt_.backoff_count()});
    if (is_synchronized(state_) && tcb_.snd_wnd == 0 && send_queue_bytes_ > 0) {
        // TO-10 (MUST-34): the peer shrank its window to zero with data in flight. The data is
        // retransmitted once (MAY: old data beyond the right edge), then the window is probed
        // "in the standard way" (TO-7): persist mode, which never times out while the peer
        // answers (MUST-37). Linux's tcp_retransmit_timer likewise does not count these.
        in_persist_ = true;
        persist_interval_ = rtt_.rto();
        rtt_timing_ = false; // RT-6
        tcb_.snd_nxt = tcb_.snd_una;
        retransmit_head("TO-10");
        arm(persist_timer_, TimerKind::Persist, persist_interval_, "TO-10");
        return;
    }
    if (retries_ >= retry_limit()) {
        // ST-37 / TO-5: the retransmission threshold R2 is reached; no RST is sent.
        if (state_ == State::SynReceived && passive_) {
            set_state(State::Listen, "LX-6"); // the half-open request is dropped quietly
            return;
        }
        close_connection(ConnError::TimedOut, "ST-37");
        return;
    }
    ++retries_;
    rtt_timing_ = false; // RT-6 Karn: no sample from a retransmitted segment
    // RT-8 (5.5): back off, except for the first linear SYN timeouts of Linux (LX-5).
    const bool linear = state_ == State::SynSent && retries_ <= profile_->syn_linear_timeouts;
    if (!linear) rtt_.on_timeout();
    if (state_ == State::SynSent) {
        syn_timed_out_ = true;
        send_syn("RT-8", true); // IS-5: same ISN
    } else if (state_ == State::SynReceived || tcb_.snd_una == tcb_.iss) {
        // ST-17: a CLOSE in SYN-RECEIVED moved us to FIN-WAIT-1 before our SYN was
        // acknowledged; the segment at SND.UNA is still the SYN,ACK (TO-2), and the FIN
        // stays queued behind it.
        syn_timed_out_ = true;
        send_syn_ack("RT-8", true);
    } else {
        // CC-8: the first timeout of a segment halves ssthresh; cwnd restarts at one segment.
        cc_.on_retransmission_timeout(flight_size(), !had_data_timeout_);
        had_data_timeout_ = true;
        record_congestion();
        // Go back N: resend from SND.UNA as the (now small) window allows.
        tcb_.snd_nxt = tcb_.snd_una;
        retransmit_head("TO-2");
    }
    arm(retransmission_timer_, TimerKind::Retransmission, rtt_.rto(), "RT-8"); // (5.6)
}

void Connection::retransmit_head(std::string_view rule)
{
    // Resends the earliest unacknowledged segment (TO-2, CC-6), without moving SND.NXT
    // past what it already was.
    const SeqNum saved_nxt = tcb_.snd_nxt;
    const bool saved_fin_sent = fin_sent_;
    const std::uint32_t queued = static_cast<std::uint32_t>(send_queue_bytes_);
    const std::uint32_t offset = tcb_.snd_una - send_queue_seq_;
    const std::uint32_t data_left = queued > offset ? queued - offset : 0;
    const std::uint32_t length = std::min<std::uint32_t>(data_left, tcb_.eff_mss);
    const bool fin_here =
        fin_queued_ && length == data_left && (saved_fin_sent || seq_gt(tcb_.snd_max, tcb_.snd_una + length));
    std::uint16_t flags = TcpFlags::ACK;
    if (length > 0 && length == data_left) flags |= TcpFlags::PSH;
    if (fin_here) flags |= TcpFlags::FIN;
    if (length == 0 && !fin_here) return;
    Segment seg = make_segment(tcb_.snd_una, flags);
    seg.payload = send_data(tcb_.snd_una, length);
    const SeqNum end = tcb_.snd_una + length + (fin_here ? 1U : 0U);
    if (fin_here) {
        fin_seq_ = tcb_.snd_una + length;
        fin_sent_ = true;
    }
    tcb_.snd_nxt = seq_max(saved_nxt, end);
    // AK-7: small writes coalesced after a rewind can make the resent segment longer than the
    // original; its new octets count as sent, or the peer's ACK of them would look like an
    // ACK of unsent data.
    tcb_.snd_max = seq_max(tcb_.snd_max, tcb_.snd_nxt);
    emit(std::move(seg), rule, true);
}

void Connection::on_persist_timeout()
{
    persist_timer_.deadline.reset();
    if (!in_persist_) {
        // OP-13: the sender SWS override timer; transmit() (after on_timer) sends what the
        // small window allows.
        record({.kind = EventKind::TimerExpired, .rule = "OP-13", .timer = TimerKind::Persist});
        sws_override_due_ = true;
        return;
    }
    record({.kind = EventKind::TimerExpired,
            .rule = "TO-7",
            .timer = TimerKind::Persist,
            .duration = persist_interval_});
    if (profile_->zero_window_probe == ZeroWindowProbe::OldSeqNoData) {
        // Linux tcp_xmit_probe_skb: SEQ = SND.UNA - 1, no data; the peer must answer with an ACK.
        Segment probe = make_segment(tcb_.snd_una - 1, TcpFlags::ACK);
        emit(std::move(probe), "TO-7");
    } else {
        // RFC 9293 §3.8.6.1: one octet of new data beyond the zero window.
        Segment probe = make_segment(tcb_.snd_una, TcpFlags::ACK);
        probe.payload = send_data(tcb_.snd_una, 1);
        if (probe.payload.empty()) return;
        const bool retransmission = seq_lt(tcb_.snd_una, tcb_.snd_max);
        tcb_.snd_nxt = seq_max(tcb_.snd_nxt, tcb_.snd_una + 1);
        tcb_.snd_max = seq_max(tcb_.snd_max, tcb_.snd_nxt);
        emit(std::move(probe), "TO-7", retransmission);
    }
    // SHLD-30: back off exponentially, capped like the RTO.
    persist_interval_ = std::min(persist_interval_ * 2, rtt_.params().maximum);
    arm(persist_timer_, TimerKind::Persist, persist_interval_, "TO-7");
}

void Connection::on_delayed_ack_timeout()
{
    delayed_ack_timer_.deadline.reset();
    record({.kind = EventKind::TimerExpired,
            .rule = "LX-15",
            .timer = TimerKind::DelayedAck,
            .duration = profile_->delayed_ack_timeout});
    ack_now_ = true;
}

void Connection::on_time_wait_timeout()
{
    time_wait_timer_.deadline.reset();
    record({.kind = EventKind::TimerExpired,
            .rule = "ST-33",
            .timer = TimerKind::TimeWait,
            .duration = profile_->time_wait});
    close_connection(ConnError::None, "ST-33"); // TO-3
}

void Connection::on_user_timeout()
{
    user_timer_.deadline.reset();
    if (tcb_.snd_una == tcb_.snd_max) return; // nothing outstanding
    if (now_ - oldest_unacked_since_ < profile_->user_timeout) {
        arm(user_timer_, TimerKind::UserTimeout, profile_->user_timeout - (now_ - oldest_unacked_since_),
            "TO-1");
        return;
    }
    close_connection(ConnError::UserTimeout, "ST-36"); // TO-1
}

// ======================================================================================
// State
// ======================================================================================

void Connection::set_state(State next, std::string_view rule)
{
    if (next == state_) return;
    record({.kind = EventKind::StateChanged, .rule = rule, .from = state_, .to = next});
    state_ = next;
}

void Connection::enter_established(std::string_view rule)
{
    set_state(State::Established, rule);
    quickacks_left_ = profile_->quickack_segments;
    if (syn_timed_out_) rtt_.on_handshake_after_syn_timeout(); // RT-8 (5.7)
    notify(ConnError::ConnectionEstablished, rule);
    // LI-4: text that came with the SYN is processed now, and acknowledged like any text (TX-1).
    const std::uint64_t delivered_before = bytes_delivered_;
    deliver_in_order();
    if (bytes_delivered_ != delivered_before) schedule_ack(false);
    if (ooo_fin_ && *ooo_fin_ == tcb_.rcv_nxt) {
        Segment fin = make_segment(tcb_.rcv_nxt, TcpFlags::FIN | TcpFlags::ACK);
        fin.ack = tcb_.snd_una;
        process_fin(fin);
    }
    record_congestion();
    // UC-17: a CLOSE issued in SYN-RECEIVED while data was queued takes effect now; the FIN
    // follows the queued data.
    if (fin_queued_ && state_ == State::Established) set_state(State::FinWait1, "UC-17");
}

void Connection::enter_time_wait(std::string_view rule)
{
    // ST-26 / ST-29 / ST-31: start the 2MSL timer and stop the others (Fig 5 note 2).
    cancel(retransmission_timer_, TimerKind::Retransmission, rule);
    cancel(persist_timer_, TimerKind::Persist, rule);
    cancel(user_timer_, TimerKind::UserTimeout, rule);
    set_state(State::TimeWait, rule);
    arm(time_wait_timer_, TimerKind::TimeWait, profile_->time_wait, rule);
}

void Connection::close_connection(ConnError error, std::string_view rule)
{
    for (auto [timer, kind] : {std::pair{&retransmission_timer_, TimerKind::Retransmission},
                               std::pair{&persist_timer_, TimerKind::Persist},
                               std::pair{&delayed_ack_timer_, TimerKind::DelayedAck},
                               std::pair{&time_wait_timer_, TimerKind::TimeWait},
                               std::pair{&user_timer_, TimerKind::UserTimeout}}) {
        cancel(*timer, kind, rule);
    }
    send_queue_.clear();
    send_queue_bytes_ = 0;
    ooo_.clear();
    ack_now_ = false;
    in_persist_ = false;
    if (error != ConnError::None) notify(error, rule);
    set_state(State::Closed, rule);
}

void Connection::notify(ConnError error, std::string_view rule)
{
    if (error != ConnError::ConnectionEstablished && error != ConnError::ClosedNormally) last_error_ = error;
    record({.kind = EventKind::UserNotified, .rule = rule, .error = error});
}

void Connection::record(Event event)
{
    event.at = now_;
    events_buffer().push_back(event);
}

void Connection::record_congestion()
{
    record({.kind = EventKind::CongestionUpdate,
            .rule = "CC-3",
            .length = flight_size(),
            .value = cc_.cwnd(),
            .value2 = cc_.ssthresh()});
}

SeqNum Connection::select_iss(std::optional<SeqNum> explicit_iss) const
{
    if (explicit_iss) return *explicit_iss;
    if (config_.isn_generator != nullptr) {
        return config_.isn_generator->generate(now_, local_.ip, local_.port, remote_.ip,
                                               remote_.port); // IS-2
    }
    return 0;
}

bool Connection::accepts_reopen(const Segment& syn) const
{
    // SN-7 / LX-11: Linux accepts a new SYN in TIME-WAIT if its sequence number is above RCV.NXT.
    return state_ == State::TimeWait && profile_->time_wait_reopen && syn.flags.syn() && !syn.flags.ack() &&
           !syn.flags.rst() && seq_gt(syn.seq, tcb_.rcv_nxt);
}

void Connection::set_output(std::vector<Outgoing>* outgoing, std::vector<Event>* events)
{
    outgoing_sink_ = outgoing;
    events_sink_ = events;
}

std::vector<Outgoing> Connection::take_outgoing()
{
    std::vector<Outgoing> out;
    out.swap(outgoing_buffer());
    return out;
}

std::vector<Event> Connection::take_events()
{
    std::vector<Event> out;
    out.swap(events_buffer());
    return out;
}

} // namespace ackademy::tcp
