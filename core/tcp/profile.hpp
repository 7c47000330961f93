#pragma once
// What real stacks differ in, as data. Each switch names the checklist IDs it decides
// (tcp-behaviour.md §3.12 lists where RFC 9293 and Linux part ways).

#include "core/tcp/rtt_estimator.hpp"
#include "core/tcp/time.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace ackademy::tcp {

/// Which options a SYN carries, and in which order (LX-1, LX-2, OP-5).
enum class SynOptionStyle : std::uint8_t {
    MssOnly, ///< `mss 1460`: the RFC profile
    Linux,   ///< `mss 1460,sackOK,TS val .. ecr 0,nop,wscale 7` (tcp_options_write order)
};

/// How a zero window is probed (TO-7).
enum class ZeroWindowProbe : std::uint8_t {
    OneNewOctet,  ///< RFC 9293 §3.8.6.1: send one octet beyond the window
    OldSeqNoData, ///< Linux tcp_xmit_probe_skb: an ACK with SEQ = SND.UNA - 1 and no data
};

struct Profile {
    std::string_view name;
    std::string_view description;

    // Retransmission (RT-*, LX-5..LX-8).
    RtoParams rto;
    int syn_retries = 7;         ///< retransmissions of a SYN before "connection timed out"
    int syn_linear_timeouts = 0; ///< LX-5: the first N SYN timeouts do not double the RTO
    int synack_retries = 7;      ///< LX-6
    int data_retries = 7;        ///< R2 as a count (TO-5, LX-8)

    // Closing.
    Duration time_wait = std::chrono::seconds(240); ///< 2*MSL (TO-3, LX-9)

    // What the SYN and SYN-ACK offer.
    std::uint16_t mss = 1460;
    SynOptionStyle syn_options = SynOptionStyle::MssOnly;
    bool timestamps = false;              ///< OP-10
    bool sack = false;                    ///< OP-11
    int window_scale = -1;                ///< OP-9, LX-3; -1 = don't offer window scaling
    std::uint32_t syn_window = 65535;     ///< window field of our SYN
    std::uint32_t synack_window = 65535;  ///< window field of our SYN-ACK
    std::uint32_t receive_buffer = 65535; ///< RCV.WND when the application reads everything

    // Segment arrival.
    bool rfc5961 = true; ///< RS-2, SN-1, AK-2 challenge ACKs (off = RFC 793, RS-4, SN-2)
    Duration challenge_ack_interval = std::chrono::seconds(1); ///< RS-10, LX-14
    bool linux_acceptance = false;                             ///< SA-14: tcp_sequence() instead of Table 6
    bool synack_for_duplicate_syn = false;                     ///< SN-5, LX-12
    bool time_wait_reopen = false;                             ///< SN-7, LX-11, IS-6

    // Sending.
    bool nagle = true; ///< OP-12
    ZeroWindowProbe zero_window_probe = ZeroWindowProbe::OneNewOctet;
    bool rst_ack_on_abort = false;              ///< LX-13 (RFC: <SEQ=SND.NXT><CTL=RST>, UC-23)
    bool rst_on_close_with_unread_data = false; ///< UC-26

    // ACK generation (TO-9, CC-9, LX-15).
    bool delayed_ack = false;
    Duration delayed_ack_timeout = std::chrono::milliseconds(40);
    int quickack_segments = 0; ///< immediate ACKs at the start of a connection (Linux: 16)

    // Congestion control (CC-*).
    std::uint32_t initial_window_segments = 0; ///< 0 = RFC 5681 rule (CC-1); Linux 10
    bool slow_start_after_idle = true;         ///< CC-10

    // Failure handling.
    Duration user_timeout = Duration::zero(); ///< TO-1, ST-36; zero = off

    static const Profile& rfc();
    static const Profile& linux_profile();
    /// "rfc" or "linux"; nullptr for anything else.
    static const Profile* by_name(std::string_view name);
    static std::vector<std::string_view> names();
};

} // namespace ackademy::tcp
