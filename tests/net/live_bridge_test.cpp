// LiveBridge against the real Linux kernel, each case in its own network namespace
// (netns.hpp): our host (A) at 10.77.0.2, the kernel (B) at 10.77.0.1 on a TUN device.

#include "core/net/live_bridge.hpp"
#include "tests/net/netns.hpp"

#include <gtest/gtest.h>
#include <net/if.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <future>
#include <sstream>

namespace ackademy::net {
namespace {

using namespace std::chrono_literals;
using sim::HostId;
using test::Checks;

constexpr tcp::Ipv4Address kKernel = 0x0A4D0001; // 10.77.0.1
constexpr tcp::Ipv4Address kOurs = 0x0A4D0002;   // 10.77.0.2
const char* const kDevice = "acktest0";

TunDevice open_device()
{
    return TunDevice::open(
        {.name = kDevice, .kernel_address = kKernel, .host_address = kOurs, .prefix_length = 30});
}

LiveConfig base_config(LiveRole role)
{
    LiveConfig c;
    c.role = role;
    c.profile = "linux";
    c.linger = 100ms;
    c.timeout = 6s;
    return c;
}

/// "A S" "B S." ... for the first `n` segments.
std::string first_segments(const sim::Timeline& t, std::size_t n)
{
    std::string out;
    for (std::size_t i = 0; i < std::min(n, t.segments.size()); ++i) {
        if (!out.empty()) out += ' ';
        out += sim::host_letter(t.segments[i].from);
        out += ':';
        out += t.segments[i].packet.tcp.flags.tcpdump_letters();
    }
    return out;
}

bool has_user_notice(const sim::Timeline& t, tcp::ConnError error)
{
    for (const sim::HostEventRecord& r : t.events) {
        if (r.host == HostId::A && r.event.kind == tcp::EventKind::UserNotified && r.event.error == error)
            return true;
    }
    return false;
}

/// Skips (in the child) when this machine cannot create TUN devices at all.
std::optional<std::string> skip_reason(const TunError& e)
{
    if (e.kind() == TunErrorKind::Unavailable || e.kind() == TunErrorKind::PermissionDenied)
        return std::string("SKIP: ") + e.what();
    return std::nullopt;
}

TEST(LiveBridge, KernelAsServerHandshakeDataAndClose)
{
    ACKADEMY_RUN_IN_NETNS([]() -> std::string {
        Checks c;
        std::optional<TunDevice> device;
        try {
            device.emplace(open_device());
        } catch (const TunError& e) {
            if (auto skip = skip_reason(e)) return *skip;
            throw;
        }
        const int listener = test::kernel_listen(kKernel, 7788);
        if (!c.expect(listener >= 0, "the kernel cannot listen on 10.77.0.1:7788")) return c.failures();

        LiveConfig config = base_config(LiveRole::Connect);
        config.local_port = 3337;
        config.peer_port = 7788;
        config.send = "hello";
        config.close_after = 150ms;
        std::string received;
        {
            LiveBridge bridge(std::move(*device), config);
            bridge.start();
            // The kernel's application: read to EOF, answer, close.
            const int s = test::kernel_accept(listener, 3s);
            if (c.expect(s >= 0, "the kernel accepted no connection")) {
                received = test::kernel_read_all(s, 3s);
                c.expect(test::kernel_write(s, "world"), "the kernel cannot write");
                ::close(s);
            }
            const LiveEnd end = bridge.wait();
            const sim::Timeline& t = bridge.timeline();
            c.expect(end == LiveEnd::Finished, "the session ended: " + std::string(to_string(end)));
            c.expect(first_segments(t, 3) == "A:S B:S. A:.", "handshake: " + first_segments(t, 3));
            c.expect(has_user_notice(t, tcp::ConnError::ConnectionEstablished),
                     "no 'connection established'");
            c.expect(t.host(HostId::A).final_state == tcp::State::TimeWait,
                     "our final state is " + std::string(tcp::rfc_name(t.host(HostId::A).final_state)));
            c.expect(t.host(HostId::A).bytes_delivered == 5,
                     "our host received " + std::to_string(t.host(HostId::A).bytes_delivered) + " bytes");
            for (const sim::SegmentRecord& r : t.segments)
                c.expect(!r.lost() && r.arrived.has_value(),
                         "segment " + std::to_string(r.id) + " was not delivered");
        }
        ::close(listener);
        c.expect(received == "hello", "the kernel received '" + received + "'");
        c.expect(::if_nametoindex(kDevice) == 0, "the TUN device is still there after the session");
        return c.failures();
    });
}

TEST(LiveBridge, KernelAsClientHandshakeDataAndClose)
{
    ACKADEMY_RUN_IN_NETNS([]() -> std::string {
        Checks c;
        std::optional<TunDevice> device;
        try {
            device.emplace(open_device());
        } catch (const TunError& e) {
            if (auto skip = skip_reason(e)) return *skip;
            throw;
        }
        LiveConfig config = base_config(LiveRole::Listen);
        config.local_port = 3337;
        config.send = "pong";
        LiveBridge bridge(std::move(*device), config);
        bridge.start();
        // The kernel's application: connect, send, half-close, read to EOF.
        const int s = test::kernel_connect(kOurs, 3337, 3s);
        std::string received;
        if (c.expect(s >= 0, std::string("the kernel could not connect: ") + std::strerror(errno))) {
            c.expect(test::kernel_write(s, "ping"), "the kernel cannot write");
            ::shutdown(s, SHUT_WR);
            received = test::kernel_read_all(s, 3s);
            ::close(s);
        }
        const LiveEnd end = bridge.wait();
        const sim::Timeline& t = bridge.timeline();
        c.expect(end == LiveEnd::Finished, "the session ended: " + std::string(to_string(end)));
        c.expect(received == "pong", "the kernel received '" + received + "'");
        c.expect(first_segments(t, 3) == "B:S A:S. B:.", "handshake: " + first_segments(t, 3));
        c.expect(t.host(HostId::A).bytes_delivered == 4,
                 "our host received " + std::to_string(t.host(HostId::A).bytes_delivered) + " bytes");
        // The kernel closed first: CLOSE-WAIT, LAST-ACK, CLOSED.
        c.expect(t.host(HostId::A).final_state == tcp::State::Closed,
                 "our final state is " + std::string(tcp::rfc_name(t.host(HostId::A).final_state)));
        c.expect(has_user_notice(t, tcp::ConnError::ClosedNormally), "no 'connection closed by peer'");
        return c.failures();
    });
}

TEST(LiveBridge, DroppedSynAckMakesTheKernelRetransmitItsSynAboutOneSecondLater)
{
    ACKADEMY_RUN_IN_NETNS([]() -> std::string {
        Checks c;
        std::optional<TunDevice> device;
        try {
            device.emplace(open_device());
        } catch (const TunError& e) {
            if (auto skip = skip_reason(e)) return *skip;
            throw;
        }
        LiveConfig config = base_config(LiveRole::Listen);
        config.local_port = 3337;
        // Our linux profile retransmits its SYN,ACK after 1 s too, and the two timers race: the
        // kernel retransmits its SYN only if our retransmission is lost as well. So the first
        // two SYN,ACKs are dropped; the kernel's SYN retransmission is then certain.
        std::string error;
        config.drops.push_back(*sim::SegmentMatch::parse("A:S.", &error));
        config.drops.push_back(*sim::SegmentMatch::parse("A:S.#2", &error));
        LiveBridge bridge(std::move(*device), config);
        bridge.start();
        const int s = test::kernel_connect(kOurs, 3337, 5s);
        c.expect(s >= 0, std::string("the kernel could not connect: ") + std::strerror(errno));
        if (s >= 0) ::close(s);
        const LiveEnd end = bridge.wait();
        const sim::Timeline& t = bridge.timeline();
        c.expect(end == LiveEnd::Finished, "the session ended: " + std::string(to_string(end)));
        std::vector<const sim::SegmentRecord*> kernel_syns;
        const sim::SegmentRecord* first_syn_ack = nullptr;
        for (const sim::SegmentRecord& r : t.segments) {
            if (r.from == HostId::B && r.packet.tcp.flags.tcpdump_letters() == "S") kernel_syns.push_back(&r);
            if (r.from == HostId::A && first_syn_ack == nullptr &&
                r.packet.tcp.flags.tcpdump_letters() == "S.")
                first_syn_ack = &r;
        }
        c.expect(first_syn_ack != nullptr && first_syn_ack->cause == sim::DropCause::Rule &&
                     first_syn_ack->drop_rule == 0,
                 "our first SYN,ACK was not dropped by rule A:S.");
        if (!c.expect(kernel_syns.size() >= 2,
                      "the kernel sent " + std::to_string(kernel_syns.size()) + " SYNs"))
            return c.failures();
        const Duration gap = kernel_syns[1]->sent - kernel_syns[0]->sent;
        std::ostringstream gap_text;
        gap_text << "the kernel retransmitted its SYN after " << gap.count() << " us; expected 0.8..1.5 s";
        c.expect(gap >= 800ms && gap <= 1500ms, gap_text.str());
        c.expect(kernel_syns[1]->packet.tcp.seq == kernel_syns[0]->packet.tcp.seq,
                 "the kernel's second SYN has another sequence number");
        c.expect(has_user_notice(t, tcp::ConnError::ConnectionEstablished), "the connection never opened");
        return c.failures();
    });
}

TEST(LiveBridge, ClosedKernelPortAnswersRstAckAndOurHostReportsConnectionRefused)
{
    ACKADEMY_RUN_IN_NETNS([]() -> std::string {
        Checks c;
        std::optional<TunDevice> device;
        try {
            device.emplace(open_device());
        } catch (const TunError& e) {
            if (auto skip = skip_reason(e)) return *skip;
            throw;
        }
        LiveConfig config = base_config(LiveRole::Connect);
        config.local_port = 3337;
        config.peer_port = 7789; // nothing listens there
        LiveBridge bridge(std::move(*device), config);
        bridge.start();
        const LiveEnd end = bridge.wait();
        const sim::Timeline& t = bridge.timeline();
        c.expect(end == LiveEnd::Finished, "the session ended: " + std::string(to_string(end)));
        c.expect(first_segments(t, 2) == "A:S B:R.", "segments: " + first_segments(t, 5));
        c.expect(has_user_notice(t, tcp::ConnError::Refused), "our host did not report 'connection refused'");
        c.expect(t.host(HostId::A).last_error == tcp::ConnError::Refused,
                 "last error is not 'connection refused'");
        c.expect(t.host(HostId::A).final_state == tcp::State::Closed, "our host is not CLOSED");
        return c.failures();
    });
}

TEST(LiveBridge, StopEndsAListeningSessionAndRemovesTheDevice)
{
    ACKADEMY_RUN_IN_NETNS([]() -> std::string {
        Checks c;
        std::optional<TunDevice> device;
        try {
            device.emplace(open_device());
        } catch (const TunError& e) {
            if (auto skip = skip_reason(e)) return *skip;
            throw;
        }
        LiveConfig config = base_config(LiveRole::Listen);
        config.local_port = 3337;
        LiveBridge bridge(std::move(*device), config);
        bridge.start();
        c.expect(bridge.wait_for(200ms) == LiveEnd::Running, "a listening session ended by itself");
        c.expect(::if_nametoindex(kDevice) != 0, "the TUN device is missing during the session");
        bridge.stop();
        c.expect(bridge.wait() == LiveEnd::Stopped, "stop() did not end the session");
        c.expect(::if_nametoindex(kDevice) == 0, "the TUN device is still there after stop()");
        return c.failures();
    });
}

} // namespace
} // namespace ackademy::net
