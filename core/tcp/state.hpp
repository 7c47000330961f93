#pragma once
// The 11 connection states of RFC 9293 §3.3.2.

#include <cstdint>
#include <string_view>

namespace ackademy::tcp {

enum class State : std::uint8_t {
    Closed,
    Listen,
    SynSent,
    SynReceived,
    Established,
    FinWait1,
    FinWait2,
    CloseWait,
    Closing,
    LastAck,
    TimeWait,
};

inline constexpr int kStateCount = 11;

/// The RFC's spelling: "SYN-RECEIVED", "FIN-WAIT-1", ...
std::string_view rfc_name(State state);
/// The Linux spelling that `ss` and netstat print: "SYN_RECV", "FIN_WAIT1", "CLOSE", ...
std::string_view linux_name(State state);
/// Synchronized states (RFC 9293 §3.5.2): ESTABLISHED and every state after it.
bool is_synchronized(State state);

} // namespace ackademy::tcp
