#pragma once
// `ackademy-cli live`: Ackademy's host talks TCP with the real kernel over a TUN device
// (docs/live-mode.md). Kept apart from commands.cpp so that only this file sees Asio.

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace ackademy::cli {

class Expectations;

struct LiveOptions {
    std::string tun = "ack0";
    std::string local;
    std::string peer;
    bool connect = false;
    bool listen = false;
    std::string send;
    double close_after_s = 0.0;
    std::vector<std::string> drops;
    double loss = 0.0;
    double delay_ms = 0.0;
    std::uint64_t seed = 1;
    std::string format = "tcpdump";
    bool absolute = false;
    std::string pcap;
    std::string profile = "linux";
    int prefix_length = 30;
    double timeout_s = 0.0;
};

/// Adds the `live` subcommand and its options to `app`, and what each option expects to `expect`.
CLI::App* add_live_command(CLI::App& app, LiveOptions& options, Expectations& expect);

/// Runs the parsed `live` command `cmd` with its options `o`. Exit codes as run_cli(): 0 the session ran, 2 bad input or
/// missing CAP_NET_ADMIN (one line on `err`), 1 an I/O failure during the session.
int run_live(const LiveOptions& o, const CLI::App& cmd, std::ostream& out, std::ostream& err);

} // namespace ackademy::cli
