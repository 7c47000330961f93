#include "app/cli/live.hpp"

#include "app/cli/parse_errors.hpp"
#include "app/cli/validators.hpp"

#include "core/net/asio.hpp"
#include "core/net/live_bridge.hpp"
#include "core/net/tun_device.hpp"
#include "core/scenario/json.hpp"
#include "core/trace/jsonl.hpp"
#include "core/trace/narration.hpp"
#include "core/trace/pcap.hpp"
#include "core/trace/tcpdump.hpp"

#include <CLI/CLI.hpp>

#include <cmath>
#include <csignal>
#include <mutex>
#include <optional>
#include <ostream>
#include <sstream>

namespace ackademy::cli {
namespace {

// What the options of `live` expect: the same words when a value is missing, is not a number or
// is out of range.
constexpr const char* kExpectCloseAfter = "seconds in 0..86400";
constexpr const char* kExpectDelay = "milliseconds in 0..60000";
constexpr const char* kExpectPrefix = "a prefix length in 24..30";
constexpr const char* kExpectTimeout = "seconds in 0.001..86400";

struct BadLiveInput {
    std::string message;
};

struct ParsedEndpoint {
    tcp::Ipv4Address ip = 0;
    std::optional<std::uint16_t> port;
};

ParsedEndpoint parse_endpoint(const char* option, const std::string& text, bool port_required)
{
    const auto colon = text.rfind(':');
    const std::string ip_text = colon == std::string::npos ? text : text.substr(0, colon);
    const auto ip = tcp::ipv4_from_string(ip_text);
    if (!ip)
        throw BadLiveInput{std::string(option) + ": '" + text +
                           "' is not IPv4ADDRESS:PORT, e.g. 10.77.0.2:3337"};
    ParsedEndpoint e{*ip, std::nullopt};
    if (colon == std::string::npos) {
        if (port_required)
            throw BadLiveInput{std::string(option) + ": '" + text +
                               "' has no port; expected IPv4ADDRESS:PORT"};
        return e;
    }
    const std::string port_text = text.substr(colon + 1);
    unsigned long port = 0;
    std::size_t used = 0;
    try {
        port = std::stoul(port_text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (port_text.empty() || used != port_text.size() || port > 65535)
        throw BadLiveInput{std::string(option) + ": '" + port_text + "' is not a port number 0..65535"};
    e.port = static_cast<std::uint16_t>(port);
    return e;
}

void check_range(const char* option, double value, double lo, double hi, const char* expected)
{
    if (!(value >= lo && value <= hi)) {
        std::ostringstream s;
        s << option << ": " << value << " is out of range; expected " << expected;
        throw BadLiveInput{s.str()};
    }
}

Duration seconds(double s)
{
    return Duration(std::llround(s * 1e6));
}

/// Prints the session as it happens, in the formats of `run`.
class LivePrinter {
public:
    LivePrinter(std::ostream& out, std::string format, bool absolute, std::vector<sim::SegmentMatch> drops)
        : out_(out), format_(std::move(format)), tcpdump_({.absolute = absolute}), drops_(std::move(drops))
    {}

    void segment(const sim::Timeline& t, int id)
    {
        const sim::SegmentRecord& s = t.segments[static_cast<std::size_t>(id)];
        std::lock_guard lock(mutex_);
        captured_.push_back({s.sent, s.packet});
        if (format_ != "tcpdump") return;
        out_ << tcpdump_.format(captured_.back()) << '\n';
        out_.flush();
    }

    void step(const sim::Timeline& t)
    {
        std::lock_guard lock(mutex_);
        if (format_ == "jsonl") {
            // The timeline only grows at its end (LiveBridge records each step strictly later
            // than the last), so the lines printed so far stay a prefix.
            const std::string all = trace::to_jsonl(t, drops_);
            std::size_t pos = 0;
            for (std::size_t line = 0; line < printed_ && pos != std::string::npos; ++line) {
                pos = all.find('\n', pos);
                if (pos != std::string::npos) ++pos;
            }
            if (pos == std::string::npos || pos >= all.size()) return;
            const std::string fresh = all.substr(pos);
            printed_ += static_cast<std::size_t>(std::count(fresh.begin(), fresh.end(), '\n'));
            out_ << fresh;
            out_.flush();
        } else if (format_ == "narration") {
            const std::vector<trace::NarrationLine> lines = trace::narrate(t, drops_);
            if (lines.size() <= printed_) return;
            const std::vector<trace::NarrationLine> fresh(
                lines.begin() + static_cast<std::ptrdiff_t>(printed_), lines.end());
            printed_ = lines.size();
            out_ << trace::english_text(fresh);
            out_.flush();
        }
    }

    std::vector<trace::CapturedPacket> captured()
    {
        std::lock_guard lock(mutex_);
        return captured_;
    }

private:
    std::mutex mutex_;
    std::ostream& out_;
    std::string format_;
    trace::TcpdumpFormatter tcpdump_;
    std::vector<sim::SegmentMatch> drops_;
    std::vector<trace::CapturedPacket> captured_;
    std::size_t printed_ = 0;
};

} // namespace

CLI::App* add_live_command(CLI::App& app, LiveOptions& o, Expectations& expect)
{
    CLI::App* live = app.add_subcommand(
        "live", "Talk TCP with this computer's kernel over a TUN device (needs CAP_NET_ADMIN; Linux)");
    expect.expect_text(live->add_option("--tun", o.tun, "Name of the TUN interface to create (default ack0)")
                           ->type_name("NAME"),
                       "an interface name of 1 to 15 characters");
    expect.expect_text(
        live->add_option("--local", o.local, "Ackademy's host (A): IPv4ADDRESS:PORT, e.g. 10.77.0.2:3337")
            ->type_name("ADDRESS:PORT")
            ->required(),
        "IPv4ADDRESS:PORT, e.g. 10.77.0.2:3337");
    expect.expect_text(
        live->add_option(
                "--peer", o.peer,
                "The kernel's side (B): IPv4ADDRESS:PORT, e.g. 10.77.0.1:7788 (port optional with --listen)")
            ->type_name("ADDRESS:PORT")
            ->required(),
        "IPv4ADDRESS:PORT, e.g. 10.77.0.1:7788");
    // --connect with --listen is refused by run_live() ("give exactly one of"), not by CLI11's
    // excludes(), whose message ("--connect excludes --listen") says neither what to do.
    live->add_flag("--connect", o.connect, "Our host connects to a socket listening on --peer")
        ->check(flag_value());
    live->add_flag("--listen", o.listen, "Our host listens on --local; connect to it from the kernel")
        ->check(flag_value());
    expect.expect(live->add_option("--send", o.send, "Text our host sends once the connection is established")
                      ->type_name("TEXT"),
                  "the text to send");
    expect.expect_decimal(live->add_option("--close-after", o.close_after_s,
                                           "Close this many seconds after the connection is established")
                              ->type_name("SECONDS"),
                          kExpectCloseAfter);
    expect.expect_text(
        live->add_option("--drop", o.drops,
                         "Drop rule, A = our host, B = the kernel: e.g. A:S. or B:S#2 (repeatable)")
            ->type_name("RULE"),
        "a drop rule, N or [A|B:]FLAGS[#K], e.g. 3, A:S. or B:S#2");
    expect.expect_decimal(
        live->add_option("--loss", o.loss, "Random loss probability 0..1, both directions")->type_name("P"),
        kExpectLoss);
    expect.expect_decimal(
        live->add_option("--delay", o.delay_ms, "Extra one-way delay in ms, both directions")
            ->type_name("MS"),
        kExpectDelay);
    expect.expect_whole<std::uint64_t>(
        live->add_option("--seed", o.seed, "Seed of the random generator (loss, our ISN)")->type_name("N"),
        kExpectSeed, kExpectSeedRange);
    expect.expect_text(live->add_option("--format", o.format, "Output: tcpdump (default), jsonl or narration")
                           ->type_name("FORMAT"),
                       "tcpdump, jsonl or narration");
    live->add_flag("--absolute", o.absolute, "Absolute sequence numbers (tcpdump -S)")->check(flag_value());
    expect.expect_text(
        live->add_option("--pcap", o.pcap, "Also write the capture to this pcap file at the end")
            ->type_name("FILE"),
        "the name of the pcap file to write, e.g. live.pcap");
    expect.expect_text(
        live->add_option("--profile", o.profile, "Our host's TCP profile: linux (default) or rfc")
            ->type_name("PROFILE"),
        kExpectProfile);
    expect.expect_whole<int>(
        live->add_option("--prefix", o.prefix_length,
                         "Prefix length of the subnet of --local and --peer (24..30, default 30)")
            ->type_name("BITS"),
        kExpectPrefix);
    expect.expect_decimal(
        live->add_option("--timeout", o.timeout_s,
                         "End the session after this many seconds (default: when closed, or Ctrl+C)")
            ->type_name("SECONDS"),
        kExpectTimeout);
    return live;
}

int run_live(const LiveOptions& o, const CLI::App& cmd, std::ostream& out, std::ostream& err)
{
    net::LiveConfig config;
    net::TunConfig tun;
    std::vector<sim::SegmentMatch> drops;
    try {
        if (o.connect == o.listen) throw BadLiveInput{"live: give exactly one of --connect or --listen"};
        const ParsedEndpoint local = parse_endpoint("--local", o.local, true);
        const ParsedEndpoint peer = parse_endpoint("--peer", o.peer, o.connect);
        if (o.connect && peer.port == 0) throw BadLiveInput{"--peer: port 0 cannot be connected to"};
        if (o.listen && local.port == 0) throw BadLiveInput{"--local: a listening port must not be 0"};
        tun.name = o.tun;
        tun.host_address = local.ip;
        tun.kernel_address = peer.ip;
        tun.prefix_length = o.prefix_length;
        if (auto problem = net::check_config(tun)) throw BadLiveInput{*problem};

        config.role = o.connect ? net::LiveRole::Connect : net::LiveRole::Listen;
        config.local_port = *local.port;
        config.peer_port = peer.port.value_or(0);
        if (o.profile != "rfc" && o.profile != "linux")
            throw BadLiveInput{"--profile: unknown profile '" + o.profile + "'; expected rfc or linux"};
        config.profile = o.profile;
        config.seed = o.seed;
        if (cmd.count("--send") > 0) config.send = o.send;
        if (cmd.count("--close-after") > 0) {
            check_range("--close-after", o.close_after_s, 0.0, 86'400.0, kExpectCloseAfter);
            config.close_after = seconds(o.close_after_s);
        }
        for (const std::string& d : o.drops) {
            std::string error;
            auto m = sim::SegmentMatch::parse(d, &error);
            if (!m) throw BadLiveInput{std::string("--drop '").append(d).append("': ").append(error)};
            drops.push_back(*m);
        }
        config.drops = drops;
        check_range("--loss", o.loss, 0.0, 1.0, kExpectLoss);
        config.loss = o.loss;
        check_range("--delay", o.delay_ms, 0.0, 60'000.0, kExpectDelay);
        config.delay = Duration(std::llround(o.delay_ms * 1000.0));
        if (cmd.count("--timeout") > 0) {
            check_range("--timeout", o.timeout_s, 1e-3, 86'400.0, kExpectTimeout);
            config.timeout = seconds(o.timeout_s);
        }
        if (o.format != "tcpdump" && o.format != "jsonl" && o.format != "narration")
            throw BadLiveInput{"--format: unknown format '" + o.format +
                               "'; expected tcpdump, jsonl or narration"};
    } catch (const BadLiveInput& e) {
        err << "ackademy-cli: " << scenario::readable(e.message) << '\n';
        return 2;
    }

    std::optional<net::TunDevice> device;
    try {
        device.emplace(net::TunDevice::open(tun));
    } catch (const net::TunError& e) {
        err << "ackademy-cli: " << e.what() << '\n';
        return e.kind() == net::TunErrorKind::System ? 1 : 2;
    }

    LivePrinter printer(out, o.format, o.absolute, drops);
    boost::asio::io_context signals_io;
    boost::asio::signal_set signals(signals_io, SIGINT, SIGTERM);
    std::mutex err_mutex;
    net::LiveCallbacks callbacks;
    callbacks.segment = [&](const sim::Timeline& t, int id) { printer.segment(t, id); };
    callbacks.step = [&](const sim::Timeline& t) { printer.step(t); };
    callbacks.notice = [&](const std::string& text) {
        std::lock_guard lock(err_mutex);
        err << "ackademy-cli: " << text << '\n';
    };
    callbacks.finished = [&](const sim::Timeline&, net::LiveEnd) {
        boost::asio::post(signals_io, [&] { signals.cancel(); });
    };
    net::LiveBridge bridge(std::move(*device), config, callbacks);
    // Ctrl+C or SIGTERM end the session; the bridge closes the TUN, which removes it.
    signals.async_wait([&](const boost::system::error_code& ec, int) {
        if (!ec) bridge.stop();
    });
    bridge.start();
    signals_io.run();
    const net::LiveEnd end = bridge.wait();

    if (!o.pcap.empty()) {
        if (auto error = trace::write_pcap(o.pcap, printer.captured())) {
            err << "ackademy-cli: " << scenario::readable(*error) << '\n';
            return 2;
        }
    }
    out.flush();
    return end == net::LiveEnd::Failed ? 1 : 0;
}

} // namespace ackademy::cli
