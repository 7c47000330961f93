#include "app/cli/commands.hpp"

#include "app/cli/live.hpp"
#include "app/cli/parse_errors.hpp"
#include "app/cli/validators.hpp"

#include "core/scenario/builtin.hpp"
#include "core/scenario/json.hpp"
#include "core/sim/simulator.hpp"
#include "core/trace/jsonl.hpp"
#include "core/trace/narration.hpp"
#include "core/trace/pcap.hpp"
#include "core/trace/tcpdump.hpp"
#include "core/trace/vantage.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <ostream>
#include <sstream>
#include <tuple>

namespace ackademy::cli {
namespace {

/// Bad input: the message becomes the one line on stderr, and the exit code is 2.
struct BadInput {
    std::string message;
};

// What the options of `run` expect: the same words when a value is missing, is not a number or
// is out of range.
constexpr const char* kExpectScenario = "a built-in name (see 'ackademy-cli list') or a .json file";
constexpr const char* kExpectMs = "milliseconds in 0..3600000";
constexpr const char* kExpectUntil = "seconds greater than 0";

struct RunOptions {
    std::string scenario;
    std::string profile;
    std::uint64_t seed = 0;
    double loss = 0.0;
    double delay_ms = 0.0;
    double jitter_ms = 0.0;
    std::vector<std::string> drops;
    double until_s = 0.0;
    std::string format = "tcpdump";
    bool absolute = false;
    std::string vantage = "wire";
    std::string pcap;
};

std::string unknown_scenario(const std::string& name)
{
    const std::vector<std::string> near = scenario::nearest_builtin_names(name);
    if (near.empty())
        return "unknown scenario '" + name +
               "'; expected a built-in name (see 'ackademy-cli list') or a .json file";
    return "unknown scenario '" + name + "'; did you mean " + join_alternatives(near) + "?";
}

bool looks_like_path(const std::string& s)
{
    return s.find('/') != std::string::npos || (s.size() > 5 && s.ends_with(".json"));
}

sim::Scenario load(const std::string& name)
{
    if (auto s = scenario::builtin_scenario(name)) return *s;
    if (looks_like_path(name) || std::filesystem::exists(name)) {
        scenario::LoadResult r = scenario::load_scenario_file(name);
        if (!r.scenario) throw BadInput{r.error};
        return *r.scenario;
    }
    throw BadInput{unknown_scenario(name)};
}

Duration ms_to_duration(double ms)
{
    return Duration(std::llround(ms * 1000.0));
}

void check_range(const char* option, double value, double lo, double hi, const char* expected)
{
    if (!(value >= lo && value <= hi)) {
        std::ostringstream s;
        s << option << ": " << value << " is out of range; expected " << expected;
        throw BadInput{s.str()};
    }
}

std::string summary(const sim::Timeline& t)
{
    int sent = 0;
    int dropped = 0;
    int retransmitted = 0;
    for (const sim::SegmentRecord& s : t.segments) {
        if (s.duplicate_copy) continue;
        ++sent;
        if (s.lost()) ++dropped;
        if (s.retransmission) ++retransmitted;
    }
    std::ostringstream o;
    o << "segments sent " << sent << ", dropped " << dropped << ", retransmitted " << retransmitted
      << "; bytes delivered A->B " << t.host(sim::HostId::B).bytes_delivered << ", B->A "
      << t.host(sim::HostId::A).bytes_delivered << "; final states A "
      << tcp::rfc_name(t.host(sim::HostId::A).final_state) << ", B "
      << tcp::rfc_name(t.host(sim::HostId::B).final_state) << "; simulated time "
      << trace::format_timestamp(t.end) << " s\n";
    return o.str();
}

int run(const RunOptions& o, const CLI::App& cmd, std::ostream& out)
{
    sim::Scenario sc = load(o.scenario);
    if (cmd.count("--profile") > 0) {
        if (o.profile != "rfc" && o.profile != "linux")
            throw BadInput{"--profile: unknown profile '" + o.profile + "'; expected rfc or linux"};
        sc.profile = o.profile;
    }
    if (cmd.count("--seed") > 0) sc.seed = o.seed;
    if (cmd.count("--loss") > 0) {
        check_range("--loss", o.loss, 0.0, 1.0, kExpectLoss);
        sc.a_to_b.loss = sc.b_to_a.loss = o.loss;
    }
    if (cmd.count("--delay") > 0) {
        check_range("--delay", o.delay_ms, 0.0, 3'600'000.0, kExpectMs);
        sc.a_to_b.delay = sc.b_to_a.delay = ms_to_duration(o.delay_ms);
    }
    if (cmd.count("--jitter") > 0) {
        check_range("--jitter", o.jitter_ms, 0.0, 3'600'000.0, kExpectMs);
        sc.a_to_b.jitter = sc.b_to_a.jitter = ms_to_duration(o.jitter_ms);
    }
    for (const std::string& d : o.drops) {
        std::string error;
        auto m = sim::SegmentMatch::parse(d, &error);
        if (!m) throw BadInput{std::string("--drop '").append(d).append("': ").append(error)};
        sc.drops.push_back(*m);
    }
    if (cmd.count("--until") > 0) {
        check_range("--until", o.until_s, 1e-6, 86'400.0 * 365, kExpectUntil);
        sc.until = Duration(std::llround(o.until_s * 1e6));
    }
    if (o.format != "tcpdump" && o.format != "jsonl" && o.format != "narration" && o.format != "summary")
        throw BadInput{"--format: unknown format '" + o.format +
                       "'; expected tcpdump, jsonl, narration or summary"};
    const std::optional<trace::Vantage> vantage = trace::vantage_from_string(o.vantage);
    if (!vantage) throw BadInput{"--vantage: unknown vantage point '" + o.vantage + "'; expected wire, A or B"};

    sim::Timeline t;
    try {
        t = sim::simulate(sc);
    } catch (const sim::ScenarioError& e) {
        throw BadInput{e.what()};
    }
    const std::vector<trace::CapturedPacket> packets = trace::capture(t, *vantage);
    if (!o.pcap.empty()) {
        if (auto error = trace::write_pcap(o.pcap, packets)) throw BadInput{*error};
    }
    if (o.format == "tcpdump") {
        out << trace::format_tcpdump(packets, {.absolute = o.absolute});
    } else if (o.format == "jsonl") {
        trace::write_jsonl(out, t, sc.drops);
    } else if (o.format == "narration") {
        out << trace::english_text(trace::narrate(t, sc.drops));
    } else {
        out << summary(t);
    }
    out.flush();
    return 0;
}

} // namespace

int run_cli(int argc, char** argv, std::ostream& out, std::ostream& err)
{
    CLI::App app{"Ackademy: an interactive TCP simulator for the classroom (headless)", "ackademy-cli"};
    app.set_version_flag("--version", "ackademy-cli 0.1.0");
    app.require_subcommand(0, 1);
    // Every bad command line is one line saying what was expected (parse_errors.hpp).
    Expectations expect;
    const std::vector<std::string> args(argv + std::min(argc, 1), argv + argc);
    app.failure_message([&](const CLI::App* a, const CLI::Error& e) {
        return "ackademy-cli: " + scenario::readable(parse_error_message(*a, e, expect, args)) + "\n";
    });

    CLI::App* list = app.add_subcommand("list", "List the built-in scenarios with their titles");

    std::string show_name;
    CLI::App* show = app.add_subcommand("show", "Print a scenario as JSON, ready to copy and edit");
    expect.expect(
        show->add_option("SCENARIO", show_name, "A built-in scenario name or a .json file")->required(),
        kExpectScenario);

    RunOptions o;
    CLI::App* run_cmd = app.add_subcommand("run", "Simulate a scenario and print its trace");
    expect.expect(
        run_cmd->add_option("SCENARIO", o.scenario, "A built-in scenario name or a path to a .json file")
            ->required(),
        kExpectScenario);
    expect.expect_text(
        run_cmd->add_option("--profile", o.profile, "TCP profile: rfc or linux")->type_name("PROFILE"),
        kExpectProfile);
    expect.expect_whole<std::uint64_t>(
        run_cmd->add_option("--seed", o.seed, "Seed of the random generator")->type_name("N"),
        kExpectSeed, kExpectSeedRange);
    expect.expect_decimal(
        run_cmd->add_option("--loss", o.loss, "Random loss probability 0..1, both directions")
            ->type_name("P"),
        kExpectLoss);
    expect.expect_decimal(
        run_cmd->add_option("--delay", o.delay_ms, "One-way delay in ms, both directions")->type_name("MS"),
        kExpectMs);
    expect.expect_decimal(
        run_cmd->add_option("--jitter", o.jitter_ms, "Jitter (uniform +/-) in ms, both directions")
            ->type_name("MS"),
        kExpectMs);
    expect.expect_text(run_cmd
                           ->add_option("--drop", o.drops,
                                        "Drop rule: N or [A|B:]FLAGS[#K], e.g. A:S or B:S.#2 (repeatable)")
                           ->type_name("RULE"),
                       "a drop rule, N or [A|B:]FLAGS[#K], e.g. 3, A:S or B:S.#2");
    expect.expect_decimal(
        run_cmd->add_option("--until", o.until_s, "Stop the simulation after this many seconds")
            ->type_name("SECONDS"),
        kExpectUntil);
    expect.expect_text(
        run_cmd->add_option("--format", o.format, "Output: tcpdump (default), jsonl, narration or summary")
            ->type_name("FORMAT"),
        "tcpdump, jsonl, narration or summary");
    run_cmd->add_flag("--absolute", o.absolute, "Absolute sequence numbers (tcpdump -S)")
        ->check(flag_value());
    expect.expect_text(run_cmd->add_option("--vantage", o.vantage, "Capture point: wire (default), A or B")
                           ->type_name("POINT"),
                       "wire, A or B");
    expect.expect_text(
        run_cmd->add_option("--pcap", o.pcap, "Also write the capture to this pcap file")->type_name("FILE"),
        "the name of the pcap file to write, e.g. lesson.pcap");

    LiveOptions live_options;
    CLI::App* live_cmd = add_live_command(app, live_options, expect);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // --help and --version (exit code 0) print as CLI11 prints them; any other error prints
        // the failure_message above, and exits with 2 (bad input), whatever CLI11's own code.
        const int code = app.exit(e, out, err);
        return code == 0 ? 0 : 2;
    }

    try {
        if (*list) {
            const auto all = scenario::builtin_scenarios();
            std::size_t width = 0;
            for (const auto& b : all) width = std::max(width, b.name.size());
            for (const auto& b : all)
                out << b.name << std::string(width + 2 - b.name.size(), ' ') << b.title << '\n';
            return 0;
        }
        if (*show) {
            if (auto text = scenario::builtin_scenario_json(show_name)) {
                out << *text;
                if (!text->empty() && text->back() != '\n') out << '\n';
                return 0;
            }
            if (!looks_like_path(show_name) && !std::filesystem::exists(show_name))
                throw BadInput{unknown_scenario(show_name)};
            out << scenario::to_json(load(show_name));
            return 0;
        }
        if (*run_cmd) return run(o, *run_cmd, out);
        if (*live_cmd) return run_live(live_options, *live_cmd, out, err);
    } catch (const BadInput& e) {
        // What was typed is quoted in the message: a raw byte must not reach the terminal.
        err << "ackademy-cli: " << scenario::readable(e.message) << '\n';
        return 2;
    }
    out << app.help();
    return 0;
}

} // namespace ackademy::cli
