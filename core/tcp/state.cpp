#include "core/tcp/state.hpp"

namespace ackademy::tcp {

std::string_view rfc_name(State state)
{
    switch (state) {
    case State::Closed:
        return "CLOSED";
    case State::Listen:
        return "LISTEN";
    case State::SynSent:
        return "SYN-SENT";
    case State::SynReceived:
        return "SYN-RECEIVED";
    case State::Established:
        return "ESTABLISHED";
    case State::FinWait1:
        return "FIN-WAIT-1";
    case State::FinWait2:
        return "FIN-WAIT-2";
    case State::CloseWait:
        return "CLOSE-WAIT";
    case State::Closing:
        return "CLOSING";
    case State::LastAck:
        return "LAST-ACK";
    case State::TimeWait:
        return "TIME-WAIT";
    }
    return "?";
}

std::string_view linux_name(State state)
{
    // include/net/tcp_states.h, as printed by ss(8).
    switch (state) {
    case State::Closed:
        return "CLOSE";
    case State::Listen:
        return "LISTEN";
    case State::SynSent:
        return "SYN_SENT";
    case State::SynReceived:
        return "SYN_RECV";
    case State::Established:
        return "ESTABLISHED";
    case State::FinWait1:
        return "FIN_WAIT1";
    case State::FinWait2:
        return "FIN_WAIT2";
    case State::CloseWait:
        return "CLOSE_WAIT";
    case State::Closing:
        return "CLOSING";
    case State::LastAck:
        return "LAST_ACK";
    case State::TimeWait:
        return "TIME_WAIT";
    }
    return "?";
}

bool is_synchronized(State state)
{
    switch (state) {
    case State::Closed:
    case State::Listen:
    case State::SynSent:
    case State::SynReceived:
        return false;
    default:
        return true;
    }
}

} // namespace ackademy::tcp
