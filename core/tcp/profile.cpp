#include "core/tcp/profile.hpp"

namespace ackademy::tcp {

using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

Profile make_rfc()
{
    Profile p;
    p.name = "rfc";
    p.description = "RFC 9293 with the RFC 5961 mitigations, RFC 6298 timers and RFC 5681 Reno";
    p.rto.initial = seconds(1);  // RT-1
    p.rto.minimum = seconds(1);  // RT-4
    p.rto.maximum = seconds(60); // RT-5
    // MUST-23 (TO-6): SYNs for at least 3 minutes: 0, 1, 3, 7, 15, 31, 63, 123 s, give up at 183 s.
    p.syn_retries = 7;
    p.synack_retries = 7;
    p.data_retries = 7;         // R2 >= 100 s (TO-5)
    p.time_wait = seconds(240); // 2 * MSL, MSL = 2 min (R9293 §3.4.2)
    p.mss = 1460;
    p.syn_options = SynOptionStyle::MssOnly;
    p.syn_window = 65535;
    p.synack_window = 65535;
    p.receive_buffer = 65535;
    p.rfc5961 = true;
    p.challenge_ack_interval = seconds(1); // RS-10: rate-limited, as smoltcp does
    p.delayed_ack = false;
    p.user_timeout = Duration::zero();
    return p;
}

Profile make_linux()
{
    Profile p;
    p.name = "linux";
    p.description = "Linux 6.x defaults: SACK, timestamps, wscale 7, 200 ms RTO floor, delayed ACK, IW 10";
    p.rto.initial = seconds(1);               // LX-7 TCP_TIMEOUT_INIT
    p.rto.minimum = Duration::zero();         // LX-7: no floor on the whole RTO...
    p.rto.variance_floor = milliseconds(200); // ...but on the variance term (TCP_RTO_MIN)
    p.rto.maximum = seconds(120);             // TCP_RTO_MAX
    p.syn_retries = 6;                        // LX-5 tcp_syn_retries
    p.syn_linear_timeouts = 4;                // LX-5 tcp_syn_linear_timeouts
    p.synack_retries = 5;                     // LX-6
    p.data_retries = 15;                      // LX-8 tcp_retries2
    p.time_wait = seconds(60);                // LX-9 TCP_TIMEWAIT_LEN
    p.mss = 1460;
    p.syn_options = SynOptionStyle::Linux; // LX-1
    p.timestamps = true;
    p.sack = true;
    p.window_scale = 7;      // LX-3, pinned
    p.syn_window = 64240;    // LX-1: 44 * 1460
    p.synack_window = 65160; // LX-2: 45 * 1448
    p.receive_buffer = 64240;
    p.rfc5961 = true;
    p.challenge_ack_interval = milliseconds(500); // LX-14 tcp_invalid_ratelimit
    p.linux_acceptance = true;                    // SA-14
    p.synack_for_duplicate_syn = true;            // LX-12
    p.time_wait_reopen = true;                    // LX-11
    p.zero_window_probe = ZeroWindowProbe::OldSeqNoData;
    p.rst_ack_on_abort = true;              // LX-13
    p.rst_on_close_with_unread_data = true; // UC-26
    p.delayed_ack = true;                   // LX-15
    p.delayed_ack_timeout = milliseconds(40);
    p.quickack_segments = 16;
    p.initial_window_segments = 10; // CC-1 [LINUX]
    p.slow_start_after_idle = true; // CC-10 tcp_slow_start_after_idle
    return p;
}

} // namespace

const Profile& Profile::rfc()
{
    static const Profile profile = make_rfc();
    return profile;
}

const Profile& Profile::linux_profile()
{
    static const Profile profile = make_linux();
    return profile;
}

const Profile* Profile::by_name(std::string_view name)
{
    if (name == "rfc") return &rfc();
    if (name == "linux") return &linux_profile();
    return nullptr;
}

std::vector<std::string_view> Profile::names()
{
    return {"rfc", "linux"};
}

} // namespace ackademy::tcp
