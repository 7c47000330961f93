#include "core/tcp/event.hpp"

namespace ackademy::tcp {

std::string_view to_string(EventKind kind)
{
    switch (kind) {
    case EventKind::StateChanged:
        return "state";
    case EventKind::SegmentSent:
        return "send";
    case EventKind::SegmentDiscarded:
        return "discard";
    case EventKind::TimerArmed:
        return "timer-armed";
    case EventKind::TimerExpired:
        return "timer-expired";
    case EventKind::TimerCancelled:
        return "timer-cancelled";
    case EventKind::DuplicateAck:
        return "duplicate-ack";
    case EventKind::FastRetransmit:
        return "fast-retransmit";
    case EventKind::WindowUpdate:
        return "window-update";
    case EventKind::DataAcked:
        return "acked";
    case EventKind::DataDelivered:
        return "deliver";
    case EventKind::CongestionUpdate:
        return "congestion";
    case EventKind::RttSample:
        return "rtt-sample";
    case EventKind::UserNotified:
        return "user";
    }
    return "?";
}

std::string_view to_string(TimerKind kind)
{
    switch (kind) {
    case TimerKind::Retransmission:
        return "retransmission";
    case TimerKind::TimeWait:
        return "time-wait";
    case TimerKind::DelayedAck:
        return "delayed-ack";
    case TimerKind::Persist:
        return "persist";
    case TimerKind::UserTimeout:
        return "user-timeout";
    }
    return "?";
}

std::string_view to_string(ConnError error)
{
    switch (error) {
    case ConnError::None:
        return "ok";
    case ConnError::Refused:
        return "connection refused";
    case ConnError::Reset:
        return "connection reset";
    case ConnError::TimedOut:
        return "connection timed out";
    case ConnError::Closing:
        return "connection closing";
    case ConnError::AlreadyExists:
        return "connection already exists";
    case ConnError::DoesNotExist:
        return "connection does not exist";
    case ConnError::RemoteUnspecified:
        return "remote socket unspecified";
    case ConnError::UserTimeout:
        return "connection aborted due to user timeout";
    case ConnError::ConnectionEstablished:
        return "connection established";
    case ConnError::ClosedNormally:
        return "connection closed by peer";
    }
    return "?";
}

} // namespace ackademy::tcp
