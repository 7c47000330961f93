// libFuzzer target for what live mode feeds the TCP engine: segments from the real kernel
// (core/net/live_bridge.cpp: TUN -> decode -> Host::on_packet). The kernel is outside input:
// it may send any flags, sequence numbers, options and payload in any order.
//
// The fuzzer plays the peer of one Ackademy host (listening or connecting, either profile).
// Each step is one of: a segment built from fields (its seq and ack near the numbers the
// conversation has used, so the state machine is reached past LISTEN/SYN-SENT), raw bytes
// through tcp::decode() as the bridge does, a timer expiry, or an application action.
// Every packet the host emits must encode and decode back to itself (PC-10), come from the
// host's address, and time never goes backwards.
#include "core/tcp/host.hpp"
#include "core/tcp/options.hpp"
#include "core/tcp/profile.hpp"
#include "core/tcp/wire.hpp"

#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <vector>

using namespace ackademy;
using namespace ackademy::tcp;

namespace {

constexpr Ipv4Address kHost = 0xC0A80174; // 192.168.1.116, the textbook client
constexpr Ipv4Address kPeer = 0xC0A8017B; // 192.168.1.123
constexpr std::uint16_t kHostPort = 3337;
constexpr std::uint16_t kPeerPort = 7788;

void check(bool condition)
{
    if (!condition) std::abort();
}

struct Peer {
    SeqNum next = 1739326486; ///< the peer's next sequence number (its ISN to start with)
    SeqNum host_next = 0;     ///< the end of the host's latest segment: what an ACK would carry
    std::uint16_t host_port = kHostPort;
};

void collect(Host& host, Peer& peer)
{
    for (const HostOutput& out : host.take_outputs()) {
        check(out.packet.ip.src == kHost);
        const Bytes bytes = encode(out.packet);
        const DecodeResult back = decode(bytes);
        check(back.packet.has_value() && *back.packet == out.packet);
        peer.host_next = out.packet.tcp.seq + out.packet.tcp.seg_len();
        peer.host_port = out.packet.tcp.src_port;
    }
    (void)host.take_events();
}

Packet built_segment(FuzzedDataProvider& in, Peer& peer)
{
    Packet p;
    p.ip.src = kPeer;
    p.ip.dst = kHost;
    p.tcp.src_port = kPeerPort;
    p.tcp.dst_port = in.ConsumeBool() ? peer.host_port : in.ConsumeIntegral<std::uint16_t>();
    p.tcp.flags = TcpFlags(in.ConsumeIntegral<std::uint16_t>() & TcpFlags::ALL);
    p.tcp.seq = peer.next + static_cast<SeqNum>(in.ConsumeIntegralInRange<int>(-3000, 3000));
    p.tcp.ack = peer.host_next + static_cast<SeqNum>(in.ConsumeIntegralInRange<int>(-3000, 3000));
    p.tcp.window = in.ConsumeIntegral<std::uint16_t>();
    p.tcp.urgent = in.ConsumeIntegral<std::uint16_t>();
    const auto option_bytes = in.ConsumeBytes<std::uint8_t>(in.ConsumeIntegralInRange<std::size_t>(0, 40));
    if (auto options = TcpOptions::parse(option_bytes)) p.tcp.options = std::move(*options);
    const auto payload = in.ConsumeBytes<std::uint8_t>(in.ConsumeIntegralInRange<std::size_t>(0, 3000));
    p.tcp.payload = Payload::copy_of(payload);
    // Most of the time the peer keeps its own sequence space consistent.
    if (in.ConsumeBool()) peer.next = p.tcp.seq + p.tcp.seg_len();
    return p;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzedDataProvider in(data, size);
    const Profile& profile = in.ConsumeBool() ? Profile::linux_profile() : Profile::rfc();
    Host host(kHost, profile, in.ConsumeIntegral<std::uint8_t>());
    Peer peer;
    Time now{0};
    if (in.ConsumeBool()) {
        (void)host.listen(now, kHostPort);
    } else {
        (void)host.connect(now, kHostPort, Endpoint{kPeer, kPeerPort}, SeqNum{3626544836});
    }
    collect(host, peer);

    for (int step = 0; step < 64 && in.remaining_bytes() > 0; ++step) {
        switch (in.ConsumeIntegralInRange<int>(0, 7)) {
        case 0:
        case 1:
        case 2:
            host.on_packet(now, built_segment(in, peer));
            break;
        case 3: { // raw bytes, as read from the TUN device
            const auto bytes = in.ConsumeBytes<std::uint8_t>(in.ConsumeIntegralInRange<std::size_t>(0, 200));
            const DecodeResult r = decode(bytes);
            if (r) host.on_packet(now, *r.packet);
            break;
        }
        case 4: { // a timer fires, or time passes
            const auto deadline = host.next_deadline();
            if (deadline && in.ConsumeBool()) {
                if (*deadline > now) now = *deadline;
            } else {
                now += Duration(in.ConsumeIntegralInRange<std::int64_t>(0, 10'000'000));
            }
            host.on_timer(now);
            break;
        }
        case 5: {
            const auto text = in.ConsumeBytes<std::uint8_t>(in.ConsumeIntegralInRange<std::size_t>(1, 5000));
            const int c = host.primary_connection();
            if (c >= 0) (void)host.send(now, c, Payload::copy_of(text));
            break;
        }
        case 6: {
            const int c = host.primary_connection();
            if (c < 0) break;
            switch (in.ConsumeIntegralInRange<int>(0, 3)) {
            case 0: (void)host.close(now, c); break;
            case 1: (void)host.abort(now, c); break;
            case 2: host.set_reading(now, c, in.ConsumeBool()); break;
            default: host.crash(now); break;
            }
            break;
        }
        default:
            now += Duration(in.ConsumeIntegralInRange<std::int64_t>(1, 500'000));
            break;
        }
        collect(host, peer);
    }
    return 0;
}
