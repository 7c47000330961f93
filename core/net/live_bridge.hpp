#pragma once
// The live bridge: one Ackademy host (core/tcp's Host, the same sans-I/O engine the simulator
// runs) attached to a TUN device, talking TCP with the real kernel.
//
//   kernel ──IPv4──▶ TUN ──read──▶ decode ─▶ drop rules / loss / delay ─▶ Host::on_packet
//   kernel ◀──IPv4── TUN ◀─write── encode ◀─ drop rules / loss / delay ◀─ Host outputs
//
// Timers are Asio steady_timers against real time: tcp::Time is the steady clock since
// start(). One io_context runs on one I/O thread. Everything that happens is recorded in a
// sim::Timeline, exactly as the simulator records a run, so the same writers (tcpdump,
// JSON lines, narration, pcap) and later the same diagram show it. Host A is Ackademy's
// host, host B the kernel; drop rules use these letters ("A:S." drops our SYN,ACK).
//
// The callbacks run on the I/O thread. A GUI posts what it needs to its own thread
// (QMetaObject::invokeMethod(receiver, lambda, Qt::QueuedConnection)); user actions go the
// other way through send()/close()/abort(), which are thread-safe.
//
// No Asio in this header (qt-debian12.md trap 1): the implementation hides it.

#include "core/net/tun_device.hpp"
#include "core/sim/segment_match.hpp"
#include "core/sim/timeline.hpp"
#include "core/tcp/host.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ackademy::net {

enum class LiveRole : std::uint8_t {
    Connect, ///< our host opens actively to `peer` (the kernel listens)
    Listen,  ///< our host listens on `local_port`; the kernel connects
};

struct LiveConfig {
    LiveRole role = LiveRole::Connect;
    std::uint16_t local_port = 0; ///< our port; 0 with Connect = an ephemeral port
    std::uint16_t peer_port = 0;  ///< the kernel's port (Connect); ignored with Listen
    std::string profile = "linux";
    std::uint64_t seed = 1;

    std::optional<std::string> send; ///< sent once the connection is established
    /// Close this long after the connection is established (nullopt: don't close first).
    std::optional<Duration> close_after;
    /// Close when the kernel closes (FIN received, everything delivered), as `nc` does.
    bool close_on_peer_close = true;

    std::vector<sim::SegmentMatch> drops; ///< the simulator's drop rules, A = us, B = kernel
    double loss = 0.0;                    ///< random loss probability, both directions
    Duration delay{0};                    ///< extra one-way delay, both directions

    /// The session ends this long after our connection reaches CLOSED or TIME-WAIT (so the
    /// kernel's last segments are still seen), or after `timeout` (nullopt: never).
    Duration linger{std::chrono::milliseconds(300)};
    std::optional<Duration> timeout;
};

/// Why a session ended.
enum class LiveEnd : std::uint8_t { Running, Finished, TimedOut, Stopped, Failed };
std::string_view to_string(LiveEnd end);

struct LiveCallbacks {
    /// A segment was put on the wire by either side (dropped ones included): `id` indexes
    /// Timeline::segments. Its `sent` time is the real time since start.
    std::function<void(const sim::Timeline&, int id)> segment;
    /// Called after every step (packet, timer, user action) with everything so far.
    std::function<void(const sim::Timeline&)> step;
    /// Something the user should know that is not a segment: an undecodable packet, an
    /// I/O error. One sentence.
    std::function<void(const std::string&)> notice;
    /// The session is over; the TUN device is already gone.
    std::function<void(const sim::Timeline&, LiveEnd)> finished;
};

class LiveBridge {
public:
    /// Takes ownership of the device (closing it when the session ends removes it).
    /// Throws std::invalid_argument for an unknown profile.
    LiveBridge(TunDevice device, LiveConfig config, LiveCallbacks callbacks = {});
    ~LiveBridge(); ///< stops and joins the I/O thread
    LiveBridge(const LiveBridge&) = delete;
    LiveBridge& operator=(const LiveBridge&) = delete;

    /// Starts the I/O thread: listen or connect, then read the TUN.
    void start();
    /// Thread-safe. Ends the session (LiveEnd::Stopped) and closes the device.
    void stop();
    /// Blocks until the session ended; returns why.
    LiveEnd wait();
    /// Thread-safe: waits at most `timeout`; Running if not over yet.
    LiveEnd wait_for(Duration timeout);

    /// Thread-safe application actions on our connection, run on the I/O thread.
    void send(std::string text);
    void close();
    void abort();

    /// The whole session; safe to call before start(), once wait() returned, or from a callback.
    const sim::Timeline& timeline() const;
    /// The TUN interface name (gone once the session ended).
    const std::string& device_name() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace ackademy::net
