#include "core/net/live_bridge.hpp"

#include "core/net/asio.hpp"
#include "core/sim/random.hpp"
#include "core/sim/timeline_recorder.hpp"
#include "core/tcp/profile.hpp"

#include <array>
#include <condition_variable>
#include <list>
#include <map>
#include <mutex>
#include <span>
#include <stdexcept>
#include <thread>
#include <tuple>

namespace ackademy::net {

namespace asio = boost::asio;
using sim::DropCause;
using sim::HostId;
using tcp::EventKind;

std::string_view to_string(LiveEnd end)
{
    switch (end) {
    case LiveEnd::Running:
        return "running";
    case LiveEnd::Finished:
        return "finished";
    case LiveEnd::TimedOut:
        return "timed out";
    case LiveEnd::Stopped:
        return "stopped";
    case LiveEnd::Failed:
        return "failed";
    }
    return "?";
}

namespace {

/// Larger than any IPv4 packet: each read returns exactly one packet (IFF_TUN), never more.
constexpr std::size_t kMaxPacket = 65536;

constexpr Duration kTick{1}; ///< the smallest step of recorded time

const tcp::Profile& profile_or_throw(const std::string& name)
{
    const tcp::Profile* p = tcp::Profile::by_name(name);
    if (p == nullptr) throw std::invalid_argument("unknown profile '" + name + "'; expected rfc or linux");
    return *p;
}

} // namespace

struct LiveBridge::Impl {
    Impl(TunDevice device, LiveConfig c, LiveCallbacks callbacks)
        : config(std::move(c)), cb(std::move(callbacks)), tun_config(device.config()),
          profile(profile_or_throw(config.profile)),
          host(tun_config.host_address, profile, config.seed * 2 + 1), rng(config.seed), tun(io),
          host_timer(io), close_timer(io), end_timer(io), timeout_timer(io)
    {
        tun.assign(device.release());
        timeline.profile = config.profile;
        timeline.hosts[0].ip = tun_config.host_address;
        timeline.hosts[0].port = config.local_port;
        timeline.hosts[1].ip = tun_config.kernel_address;
        timeline.hosts[1].port = config.role == LiveRole::Connect ? config.peer_port : 0;
    }

    // ----- Configuration and state (the I/O thread owns everything below) ----------------
    LiveConfig config;
    LiveCallbacks cb;
    TunConfig tun_config;
    const tcp::Profile& profile;
    tcp::Host host;
    sim::Random rng;
    sim::Timeline timeline;
    sim::TimelineRecorder recorder{timeline}; ///< the simulator's recording, so both Timelines agree

    asio::io_context io;
    asio::posix::stream_descriptor tun;
    asio::steady_timer host_timer;
    asio::steady_timer close_timer;
    asio::steady_timer end_timer;
    asio::steady_timer timeout_timer;
    std::list<asio::steady_timer> delayed; ///< segments held back by the extra delay
    std::thread thread;
    std::chrono::steady_clock::time_point start_point;
    Time floor{0}; ///< recorded time never goes back: steps happen at or after this
    std::array<std::uint8_t, kMaxPacket> buffer{};
    tcp::Bytes out_buffer;

    std::optional<Time> scheduled;
    std::uint64_t timer_generation = 0;
    int connection = -1; ///< our session's connection (for Listen: the spawned one)
    bool established = false;
    bool we_closed = false;
    bool lingering = false;
    int depth = 0; ///< nesting of collect(): observers hear of a step once it is complete

    std::map<std::pair<HostId, std::uint16_t>, int> per_host_flags;
    std::map<std::uint16_t, int> any_host_flags;

    // ----- Shared with other threads -------------------------------------------------------
    std::mutex mutex;
    std::condition_variable ended_cv;
    LiveEnd end = LiveEnd::Running; // guarded by mutex
    bool started = false;           // guarded by mutex
    bool over = false;              // I/O thread: finish() ran

    // ----- Time ----------------------------------------------------------------------------
    Time step_time()
    {
        const auto real =
            std::chrono::duration_cast<Duration>(std::chrono::steady_clock::now() - start_point);
        floor = std::max(floor, real);
        return floor;
    }
    void note(Time t) { floor = std::max(floor, t); }
    std::chrono::steady_clock::time_point real(Time t) const { return start_point + t; }

    // ----- The session -----------------------------------------------------------------------
    void begin()
    {
        const Time now = step_time();
        if (config.timeout) {
            timeout_timer.expires_at(real(*config.timeout));
            timeout_timer.async_wait([this](const boost::system::error_code& ec) {
                if (!ec) finish(LiveEnd::TimedOut);
            });
        }
        sim::AppEvent app{HostId::A, now, sim::ActionKind::Listen, tcp::ConnError::None, 0};
        if (config.role == LiveRole::Listen) {
            connection = host.listen(now, config.local_port);
        } else {
            app.action = sim::ActionKind::Connect;
            connection = host.connect(now, config.local_port, {tun_config.kernel_address, config.peer_port});
        }
        timeline.app.push_back(app);
        collect(now);
        read();
    }

    void read()
    {
        if (over) return;
        tun.async_read_some(asio::buffer(buffer), [this](const boost::system::error_code& ec, std::size_t n) {
            if (over) return;
            if (ec) {
                if (ec == asio::error::operation_aborted) return;
                notify("reading the TUN device failed: " + ec.message());
                finish(LiveEnd::Failed);
                return;
            }
            from_kernel(std::span<const std::uint8_t>(buffer.data(), n));
            read();
        });
    }

    void notify(const std::string& text)
    {
        if (cb.notice) cb.notice(text);
    }

    void from_kernel(std::span<const std::uint8_t> bytes)
    {
        tcp::DecodeResult r = tcp::decode(bytes);
        if (!r) {
            // IPv6 router solicitations, UDP, ICMP ...: not ours to show. A broken TCP packet is.
            const auto kind = r.error->kind;
            if (kind != tcp::DecodeErrorKind::NotIpv4 && kind != tcp::DecodeErrorKind::NotTcp)
                notify("ignored a packet from the kernel: " + r.error->message);
            return;
        }
        if (r.packet->ip.dst != tun_config.host_address) return; // not for our host
        const Time now = step_time();
        const int id = transmit(now, HostId::B, std::move(*r.packet), -1, false, {});
        const sim::SegmentRecord& rec = timeline.segments[static_cast<std::size_t>(id)];
        if (rec.lost()) {
            step_done();
            return;
        }
        if (config.delay <= Duration::zero()) {
            deliver(id, now + kTick);
            return;
        }
        step_done();
        later(now + config.delay, [this, id] { deliver(id, step_time()); });
    }

    /// The kernel's segment `id` reaches our host at `at`.
    void deliver(int id, Time at)
    {
        note(at);
        sim::SegmentRecord& rec = timeline.segments[static_cast<std::size_t>(id)];
        rec.arrived = at;
        const tcp::Packet packet = rec.packet;
        host.on_packet(at, packet);
        collect(at);
    }

    /// Our segment `id` goes into the TUN at `at`.
    void write(int id, Time at)
    {
        note(at);
        sim::SegmentRecord& rec = timeline.segments[static_cast<std::size_t>(id)];
        rec.arrived = at;
        out_buffer.clear();
        tcp::encode_into(rec.packet, out_buffer);
        boost::system::error_code ec;
        tun.write_some(asio::buffer(out_buffer), ec);
        if (ec) notify("writing to the TUN device failed: " + ec.message());
    }

    void later(Time at, std::function<void()> action)
    {
        delayed.emplace_front(io, real(at));
        auto timer = delayed.begin();
        timer->async_wait([this, timer, action = std::move(action)](const boost::system::error_code& ec) {
            if (ec || over) return;
            delayed.erase(timer); // `action` lives on in this handler until it returns
            action();
        });
    }

    /// Takes our host's events and segments after something happened at `now`.
    void collect(Time now)
    {
        ++depth;
        std::vector<tcp::HostEvent> actions; // events that call for an application action
        for (const tcp::HostEvent& e : host.take_events()) {
            recorder.record_event(HostId::A, e); // our host is always A
            if (e.event.kind == EventKind::UserNotified) actions.push_back(e);
        }
        for (tcp::HostOutput& out : host.take_outputs()) {
            const int id =
                transmit(now, HostId::A, std::move(out.packet), out.connection, out.retransmission, out.rule);
            const sim::SegmentRecord& rec = timeline.segments[static_cast<std::size_t>(id)];
            if (rec.lost()) continue;
            if (config.delay <= Duration::zero()) {
                write(id, now + kTick);
            } else {
                later(now + config.delay, [this, id] {
                    write(id, step_time());
                    step_done();
                });
            }
        }
        for (const tcp::HostEvent& e : actions) react(now, e);
        rearm();
        check_end(now);
        --depth;
        step_done();
    }

    void react(Time now, const tcp::HostEvent& e)
    {
        if (e.event.error == tcp::ConnError::ConnectionEstablished && !established) {
            established = true;
            connection = e.connection;
            if (config.send) app_send(now, *config.send);
            if (config.close_after) {
                close_timer.expires_at(real(now + *config.close_after));
                close_timer.async_wait([this](const boost::system::error_code& ec) {
                    if (!ec && !over) app_close(step_time());
                });
            }
        } else if (e.event.error == tcp::ConnError::ClosedNormally && config.close_on_peer_close &&
                   e.connection == connection && !we_closed) {
            app_close(now);
        }
    }

    void app_send(Time now, const std::string& text)
    {
        const tcp::ConnError r = host.send(now, connection, tcp::Payload::from_string(text));
        timeline.app.push_back({HostId::A, now, sim::ActionKind::Send, r, text.size()});
        collect(now);
    }

    void app_close(Time now)
    {
        if (we_closed) return;
        we_closed = true;
        const tcp::ConnError r = host.close(now, connection);
        timeline.app.push_back({HostId::A, now, sim::ActionKind::Close, r, 0});
        collect(now);
    }

    void app_abort(Time now)
    {
        we_closed = true;
        const tcp::ConnError r = host.abort(now, connection);
        timeline.app.push_back({HostId::A, now, sim::ActionKind::Abort, r, 0});
        collect(now);
    }

    void rearm()
    {
        const std::optional<Time> deadline = host.next_deadline();
        if (deadline == scheduled) return;
        scheduled = deadline;
        const std::uint64_t generation = ++timer_generation;
        if (!deadline) {
            host_timer.cancel();
            return;
        }
        host_timer.expires_at(real(*deadline));
        host_timer.async_wait([this, generation](const boost::system::error_code& ec) {
            if (ec || over || generation != timer_generation) return; // superseded
            scheduled.reset();
            const Time now = step_time();
            host.on_timer(now);
            collect(now);
        });
    }

    void check_end(Time now)
    {
        if (lingering) return;
        const int primary = host.primary_connection();
        const tcp::Connection* c = host.connection(primary);
        if (c == nullptr || host.listening(primary)) return;
        if (c->state() != tcp::State::Closed && c->state() != tcp::State::TimeWait) return;
        lingering = true;
        end_timer.expires_at(real(now + config.linger));
        end_timer.async_wait([this](const boost::system::error_code& ec) {
            if (!ec) finish(LiveEnd::Finished);
        });
    }

    /// A step is complete. The next one is recorded strictly later than everything so far,
    /// so the trace writers' order (by time, then kind) never puts new entries before old ones
    /// and a live printer can print just the new ones.
    void step_done()
    {
        if (depth > 0) return;
        if (cb.step) cb.step(timeline);
        note(floor + kTick);
    }

    // ----- Recording (as the simulator records a run) ----------------------------------
    int transmit(Time now, HostId from, tcp::Packet packet, int conn, bool retransmission,
                 std::string_view rule)
    {
        note(now);
        sim::SegmentRecord rec;
        rec.id = static_cast<int>(timeline.segments.size());
        rec.from = from;
        rec.sent = now;
        rec.packet = std::move(packet);
        rec.connection = conn;
        rec.retransmission = retransmission;
        rec.rule = rule;
        recorder.link_retransmission(rec);
        if (from == HostId::A && timeline.hosts[0].port == 0)
            timeline.hosts[0].port = rec.packet.tcp.src_port;
        if (from == HostId::B && timeline.hosts[1].port == 0)
            timeline.hosts[1].port = rec.packet.tcp.src_port;

        const tcp::TcpFlags flags = rec.packet.tcp.flags;
        const int from_host = ++per_host_flags[{from, flags.bits}];
        const int any_host = ++any_host_flags[flags.bits];
        for (std::size_t i = 0; i < config.drops.size(); ++i) {
            if (sim::MatchCounter::matches(config.drops[i], rec.id + 1, from, flags, from_host, any_host)) {
                rec.cause = DropCause::Rule;
                rec.drop_rule = static_cast<int>(i);
                break;
            }
        }
        if (rec.cause == DropCause::None && rng.chance(config.loss)) rec.cause = DropCause::RandomLoss;
        // A dropped segment is lost just after it was sent (there is no link to be part-way along).
        if (rec.cause != DropCause::None) {
            rec.dropped = now + kTick;
            note(now + kTick);
        }
        timeline.segments.push_back(std::move(rec));
        const int id = static_cast<int>(timeline.segments.size()) - 1;
        if (cb.segment) cb.segment(timeline, id);
        return id;
    }

    void summarise(Time now)
    {
        timeline.end = now;
        sim::HostSummary& s = timeline.hosts[0];
        const int primary = host.primary_connection();
        if (const tcp::Connection* c = host.connection(primary)) {
            s.final_state = c->state();
            s.last_error = c->last_error();
        }
        s.bytes_delivered = 0;
        for (const auto& c : host.connections()) s.bytes_delivered += c->bytes_delivered();
    }

    /// Ends the session on the I/O thread: closes the device (which removes it) and wakes wait().
    void finish(LiveEnd why)
    {
        if (over) return;
        over = true;
        boost::system::error_code ignored;
        host_timer.cancel();
        close_timer.cancel();
        end_timer.cancel();
        timeout_timer.cancel();
        tun.close(ignored);
        summarise(step_time());
        if (cb.finished) cb.finished(timeline, why);
        io.stop();
        {
            std::lock_guard lock(mutex);
            end = why;
        }
        ended_cv.notify_all();
    }
};

LiveBridge::LiveBridge(TunDevice device, LiveConfig config, LiveCallbacks callbacks)
    : impl_(std::make_unique<Impl>(std::move(device), std::move(config), std::move(callbacks)))
{}

LiveBridge::~LiveBridge()
{
    // A destructor must not throw (join() may report a system error); the device closes anyway.
    try {
        stop();
        if (impl_->thread.joinable()) impl_->thread.join();
    } catch (...) {
    }
}

void LiveBridge::start()
{
    {
        std::lock_guard lock(impl_->mutex);
        if (impl_->started || impl_->end != LiveEnd::Running) return;
        impl_->started = true;
    }
    Impl* impl = impl_.get();
    impl->start_point = std::chrono::steady_clock::now();
    asio::post(impl->io, [impl] { impl->begin(); });
    impl->thread = std::thread([impl] {
        try {
            impl->io.run();
        } catch (const std::exception& e) {
            impl->notify(std::string("internal error: ") + e.what());
            impl->finish(LiveEnd::Failed);
        }
    });
}

void LiveBridge::stop()
{
    Impl* impl = impl_.get();
    {
        std::unique_lock lock(impl->mutex);
        if (impl->end != LiveEnd::Running) return;
        if (!impl->started) {
            // Never started: nothing runs on the I/O thread, so finish here.
            impl->started = true;
            lock.unlock();
            impl->start_point = std::chrono::steady_clock::now();
            impl->finish(LiveEnd::Stopped);
            return;
        }
    }
    asio::post(impl->io, [impl] { impl->finish(LiveEnd::Stopped); });
}

LiveEnd LiveBridge::wait()
{
    std::unique_lock lock(impl_->mutex);
    impl_->ended_cv.wait(lock, [this] { return impl_->end != LiveEnd::Running; });
    const LiveEnd end = impl_->end;
    lock.unlock();
    if (impl_->thread.joinable() && impl_->thread.get_id() != std::this_thread::get_id())
        impl_->thread.join();
    return end;
}

LiveEnd LiveBridge::wait_for(Duration timeout)
{
    std::unique_lock lock(impl_->mutex);
    impl_->ended_cv.wait_for(lock, timeout, [this] { return impl_->end != LiveEnd::Running; });
    return impl_->end;
}

void LiveBridge::send(std::string text)
{
    Impl* impl = impl_.get();
    asio::post(impl->io, [impl, text = std::move(text)] {
        if (!impl->over && impl->connection >= 0) impl->app_send(impl->step_time(), text);
    });
}

void LiveBridge::close()
{
    Impl* impl = impl_.get();
    asio::post(impl->io, [impl] {
        if (!impl->over && impl->connection >= 0) impl->app_close(impl->step_time());
    });
}

void LiveBridge::abort()
{
    Impl* impl = impl_.get();
    asio::post(impl->io, [impl] {
        if (!impl->over && impl->connection >= 0) impl->app_abort(impl->step_time());
    });
}

const sim::Timeline& LiveBridge::timeline() const
{
    return impl_->timeline;
}

const std::string& LiveBridge::device_name() const
{
    return impl_->tun_config.name;
}

} // namespace ackademy::net
