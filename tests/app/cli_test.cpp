// Runs the real ackademy-cli binary and checks its output and exit status.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <utility>

namespace {

struct RunResult {
    int exit_code = -1;
    std::string out;
};

RunResult run_cli(const std::string& args)
{
    RunResult result;
    const std::string command = std::string(ACKADEMY_CLI) + " " + args + " 2>&1";
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr) return result;
    std::array<char, 4096> buffer{};
    while (std::fgets(buffer.data(), buffer.size(), pipe) != nullptr) result.out += buffer.data();
    const int status = pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

} // namespace

TEST(Cli, VersionPrintsNameAndExitsZero)
{
    const RunResult r = run_cli("--version");
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_EQ(r.out, "ackademy-cli 0.1.0\n");
}

TEST(Cli, UnknownOptionExitsTwo)
{
    const RunResult r = run_cli("--no-such-option");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.out.find("--no-such-option"), std::string::npos) << r.out;
}

namespace {

/// stdout only (stderr discarded).
RunResult run_cli_stdout(const std::string& args)
{
    return run_cli(args + " 2>/dev/null");
}

std::string temp_path(const std::string& name)
{
    return (std::filesystem::temp_directory_path() /
            ("ackademy_cli_test_" + std::to_string(getpid()) + "_" + name))
        .string();
}

std::string read_file(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

RunResult run_shell(const std::string& command)
{
    RunResult result;
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr) return result;
    std::array<char, 4096> buffer{};
    while (std::fgets(buffer.data(), buffer.size(), pipe) != nullptr) result.out += buffer.data();
    const int status = pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

/// stderr only (stdout discarded).
RunResult run_stderr(const std::string& args)
{
    return run_shell(std::string(ACKADEMY_CLI) + " " + args + " 2>&1 >/dev/null");
}

} // namespace

TEST(Cli, ListShowsTheBuiltins)
{
    const RunResult r = run_cli("list");
    EXPECT_EQ(r.exit_code, 0);
    for (const char* name : {"handshake", "syn-lost", "port-closed", "lossy-link"}) {
        EXPECT_NE(r.out.find(std::string(name) + " "), std::string::npos) << name << "\n" << r.out;
    }
}

TEST(Cli, ShowPrintsJsonThatLoadsBack)
{
    const RunResult r = run_cli_stdout("show syn-lost");
    ASSERT_EQ(r.exit_code, 0);
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["name"], "syn-lost");
    const std::string path = temp_path("syn-lost.json");
    {
        std::ofstream(path) << r.out;
    }
    const RunResult again = run_cli_stdout("run " + path + " --format summary");
    EXPECT_EQ(again.exit_code, 0);
    EXPECT_EQ(again.out, run_cli_stdout("run syn-lost --format summary").out);
    std::filesystem::remove(path);
}

TEST(Cli, HandshakeIsExactlyWhatTcpdumpPrints)
{
    const std::string pcap = temp_path("handshake.pcap");
    const RunResult r = run_cli_stdout("run handshake --pcap " + pcap);
    ASSERT_EQ(r.exit_code, 0);
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 3) << r.out;
    if (run_shell("command -v tcpdump >/dev/null 2>&1").exit_code != 0) {
        std::filesystem::remove(pcap);
        GTEST_SKIP() << "tcpdump is not installed: cannot compare with the real thing";
    }
    const RunResult real = run_shell("TZ=UTC tcpdump -n -tt -r " + pcap + " 2>/dev/null");
    EXPECT_EQ(real.exit_code, 0);
    EXPECT_EQ(r.out, real.out);
    const RunResult absolute = run_cli_stdout("run handshake --absolute");
    EXPECT_EQ(absolute.out, run_shell("TZ=UTC tcpdump -n -tt -S -r " + pcap + " 2>/dev/null").out);
    std::filesystem::remove(pcap);
}

TEST(Cli, SummaryIsOneLineOfTotals)
{
    const RunResult r = run_cli_stdout("run syn-lost --format summary");
    ASSERT_EQ(r.exit_code, 0);
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1) << r.out;
    EXPECT_NE(r.out.find("dropped 1"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("retransmitted 1"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("simulated time"), std::string::npos) << r.out;
}

TEST(Cli, VantagePointsSeeOnlyWhatReachesThem)
{
    const RunResult wire = run_cli_stdout("run syn-lost");
    const RunResult a = run_cli_stdout("run syn-lost --vantage A");
    const RunResult b = run_cli_stdout("run syn-lost --vantage B");
    ASSERT_EQ(wire.exit_code, 0);
    ASSERT_EQ(a.exit_code, 0);
    ASSERT_EQ(b.exit_code, 0);
    const auto lines = [](const std::string& s) { return std::count(s.begin(), s.end(), '\n'); };
    // The lost SYN is on the wire and in A's capture (it sent it) but never reaches B.
    EXPECT_EQ(lines(a.out), lines(wire.out));
    EXPECT_EQ(lines(b.out), lines(wire.out) - 1);
    EXPECT_EQ(b.out.rfind("0.000000", 0), std::string::npos) << b.out;
    EXPECT_EQ(a.out.rfind("0.000000", 0), 0U) << a.out;
}

TEST(Cli, JsonLinesParseAndHaveTheRequiredFields)
{
    const RunResult r = run_cli_stdout("run syn-lost --format jsonl");
    ASSERT_EQ(r.exit_code, 0);
    std::istringstream in(r.out);
    std::string line;
    int count = 0;
    while (std::getline(in, line)) {
        const auto j = nlohmann::json::parse(line);
        ++count;
        ASSERT_TRUE(j.contains("t_us")) << line;
        ASSERT_TRUE(j.contains("event")) << line;
        ASSERT_TRUE(j.contains("host")) << line;
        const std::string event = j["event"];
        if (event == "send" || event == "arrive" || event == "drop") {
            for (const char* f : {"packet", "flags", "seq", "len", "win"})
                EXPECT_TRUE(j.contains(f)) << f << " " << line;
        }
        if (event == "state") {
            EXPECT_TRUE(j.contains("from")) << line;
            EXPECT_TRUE(j.contains("to")) << line;
        }
        if (event == "drop") {
            EXPECT_TRUE(j.contains("reason")) << line;
        }
    }
    EXPECT_GT(count, 6);
}

TEST(Cli, NarrationSpeaksLikeATextbook)
{
    const RunResult r = run_cli_stdout("run handshake --format narration");
    ASSERT_EQ(r.exit_code, 0);
    EXPECT_NE(
        r.out.find("Host A sends SYN (seq = 3626544836) and enters SYN-SENT, waiting for Host B to confirm."),
        std::string::npos)
        << r.out;
}

TEST(Cli, BadInputsExitTwoWithOneClearLine)
{
    const auto expect_error = [](const std::string& args, const std::string& message) {
        const RunResult r = run_stderr(args);
        EXPECT_EQ(r.exit_code, 2) << args;
        EXPECT_EQ(r.out, message + "\n") << args;
    };
    const RunResult unknown = run_stderr("run synlost");
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_EQ(unknown.out.rfind("ackademy-cli: unknown scenario 'synlost'; did you mean syn-lost", 0), 0U)
        << unknown.out;
    EXPECT_EQ(std::count(unknown.out.begin(), unknown.out.end(), '\n'), 1) << unknown.out;
    expect_error("run handshake --drop X:S",
                 "ackademy-cli: --drop 'X:S': segment rule 'X:S': the host before ':' must be A or B");
    // A typed byte that is not UTF-8 is quoted as <0x89>, never raw on the terminal.
    expect_error("run \"$(printf '\\211PNG')\"",
                 "ackademy-cli: unknown scenario '<0x89>PNG'; expected a built-in name (see 'ackademy-cli list') "
                 "or a .json file");
    expect_error("run handshake --profile \"$(printf 'b\\377sd')\"",
                 "ackademy-cli: --profile: unknown profile 'b<0xFF>sd'; expected rfc or linux");
    expect_error("run handshake --profile bsd",
                 "ackademy-cli: --profile: unknown profile 'bsd'; expected rfc or linux");
    expect_error("run handshake --loss 1.5",
                 "ackademy-cli: --loss: 1.5 is out of range; expected a probability in 0..1");
    expect_error("run no-such-file.json", "ackademy-cli: no-such-file.json: cannot open the file");
}

// The bad-input table of docs/quality.md: every line there is checked here, word for word.
TEST(Cli, BadInputTableOfTheQualityDocument)
{
    const auto expect_error = [](const std::string& args, const std::string& message) {
        const RunResult r = run_stderr(args);
        EXPECT_EQ(r.exit_code, 2) << args;
        EXPECT_EQ(r.out, "ackademy-cli: " + message + "\n") << args;
    };
    expect_error("frobnicate", "unknown command 'frobnicate'; expected list, show, run or live");
    expect_error(
        "run",
        "run: SCENARIO is required; expected a built-in name (see 'ackademy-cli list') or a .json file");
    expect_error("run handshake --frob",
                 "run: unknown option '--frob'; see 'ackademy-cli run --help' for its options");
    expect_error("run handshake --seed abc", "--seed: 'abc' is not a number; expected a whole number, 0 or more");
    // strtoull would take "-1" and wrap it to 2^64 - 1.
    expect_error("run handshake --seed=-1", "--seed: '-1' is negative; expected a whole number, 0 or more");
    expect_error("run handshake --jitter x",
                 "--jitter: 'x' is not a number; expected milliseconds in 0..3600000");
    expect_error("run handshake --delay -5", "--delay: -5 is out of range; expected milliseconds in 0..3600000");
    expect_error("run handshake --until 0", "--until: 0 is out of range; expected seconds greater than 0");
    expect_error("run handshake --format xml",
                 "--format: unknown format 'xml'; expected tcpdump, jsonl, narration or summary");
    expect_error("run handshake --vantage C", "--vantage: unknown vantage point 'C'; expected wire, A or B");
    expect_error("run handshake --drop 0", "--drop '0': segment rule '0': the segment number must be 1 or more");
    expect_error("run handshake --drop A:Q", "--drop 'A:Q': segment rule 'A:Q': 'Q' are not tcpdump flag letters; "
                                             "expected e.g. S, S., ., P., F., FP., R or R.");
    expect_error("run handshake --drop 'S#0'", "--drop 'S#0': segment rule 'S#0': the count after '#' must be a "
                                               "whole number of 1 or more");
    expect_error("run handshake --pcap /no/such/dir/a.pcap",
                 "cannot write pcap file '/no/such/dir/a.pcap': No such file or directory");
    expect_error("show nosuch",
                 "unknown scenario 'nosuch'; expected a built-in name (see 'ackademy-cli list') or a .json file");

    const std::string folder = temp_path("folder.json");
    std::filesystem::create_directory(folder);
    expect_error("run " + folder, folder + ": is a folder; expected a scenario .json file");
    std::filesystem::remove(folder);
    const std::string bad = temp_path("notjson.json");
    {
        std::ofstream out(bad);
        out << "not json\n";
    }
    expect_error("run " + bad,
                 bad + ":1:1: not a JSON scenario: it starts with 'not'; expected a JSON object, which "
                       "starts with '{'");
    std::filesystem::remove(bad);

    // live: refused before any TUN device is created, so no privileges are needed.
    const std::string live = "live --local 10.77.0.2:3337 --peer 10.77.0.1:7788 --connect";
    expect_error("live", "live: --local is required; expected IPv4ADDRESS:PORT, e.g. 10.77.0.2:3337");
    expect_error("live --local 10.77.0.2 --peer 10.77.0.1:7788 --connect",
                 "--local: '10.77.0.2' has no port; expected IPv4ADDRESS:PORT");
    expect_error("live --local 10.77.0.300:1 --peer 10.77.0.1:7788 --connect",
                 "--local: '10.77.0.300:1' is not IPv4ADDRESS:PORT, e.g. 10.77.0.2:3337");
    expect_error("live --local 10.77.0.2:3337 --peer 10.77.0.1:99999 --connect",
                 "--peer: '99999' is not a port number 0..65535");
    expect_error("live --local 10.77.0.2:3337 --peer 10.77.0.1:7788", "live: give exactly one of --connect or --listen");
    expect_error(live + " --prefix 8", "prefix length 8 is not allowed; live mode uses a small subnet: 24..30");
    expect_error(live + " --prefix x", "--prefix: 'x' is not a number; expected a prefix length in 24..30");
    expect_error("live --local 10.77.0.2:3337 --peer 10.88.0.1:7788 --connect",
                 "10.88.0.1 and 10.77.0.2 are not in the same /30 subnet");
    expect_error(live + " --format summary", "--format: unknown format 'summary'; expected tcpdump, jsonl or narration");
    expect_error(live + " --tun this-name-is-far-too-long",
                 "interface name 'this-name-is-far-too-long' must have 1 to 15 characters");
    expect_error(live + " --loss 2", "--loss: 2 is out of range; expected a probability in 0..1");
}

namespace {

/// Runs `args` and checks stderr is exactly "ackademy-cli: MESSAGE\n" and the exit status 2.
void expect_bad_input(const std::string& args, const std::string& message)
{
    const RunResult r = run_stderr(args);
    EXPECT_EQ(r.exit_code, 2) << args;
    EXPECT_EQ(r.out, "ackademy-cli: " + message + "\n") << args;
}

// What each option of run and live expects, as its missing-value message must say.
const std::string kLive = "live --local 10.77.0.2:3337 --peer 10.77.0.1:7788 --connect";
const std::string kMs = "milliseconds in 0..3600000";

} // namespace

// CLI11 would say "--until: 1 required FLOAT missing" (or TEXT, or UINT:UINT).
TEST(Cli, EveryOptionGivenWithoutItsValueSaysWhatItExpects)
{
    const std::pair<std::string, std::string> run_options[] = {
        {"--profile", "rfc or linux"},
        {"--seed", "a whole number, 0 or more"},
        {"--loss", "a probability in 0..1"},
        {"--delay", kMs},
        {"--jitter", kMs},
        {"--drop", "a drop rule, N or [A|B:]FLAGS[#K], e.g. 3, A:S or B:S.#2"},
        {"--until", "seconds greater than 0"},
        {"--format", "tcpdump, jsonl, narration or summary"},
        {"--vantage", "wire, A or B"},
        {"--pcap", "the name of the pcap file to write, e.g. lesson.pcap"},
    };
    for (const auto& [option, expected] : run_options) {
        expect_bad_input("run handshake " + option, option + ": no value given; expected " + expected);
        // An empty value is no value: `--pcap ''` would otherwise write no file and say nothing.
        expect_bad_input("run handshake " + option + " ''", option + ": no value given; expected " + expected);
    }
    // --until= is the same as --until with nothing after it.
    expect_bad_input("run handshake --until=", "--until: no value given; expected seconds greater than 0");

    const std::pair<std::string, std::string> live_options[] = {
        {"--tun", "an interface name of 1 to 15 characters"},
        {"--local", "IPv4ADDRESS:PORT, e.g. 10.77.0.2:3337"},
        {"--peer", "IPv4ADDRESS:PORT, e.g. 10.77.0.1:7788"},
        {"--send", "the text to send"},
        {"--close-after", "seconds in 0..86400"},
        {"--drop", "a drop rule, N or [A|B:]FLAGS[#K], e.g. 3, A:S. or B:S#2"},
        {"--loss", "a probability in 0..1"},
        {"--delay", "milliseconds in 0..60000"},
        {"--seed", "a whole number, 0 or more"},
        {"--format", "tcpdump, jsonl or narration"},
        {"--pcap", "the name of the pcap file to write, e.g. live.pcap"},
        {"--profile", "rfc or linux"},
        {"--prefix", "a prefix length in 24..30"},
        {"--timeout", "seconds in 0.001..86400"},
    };
    for (const auto& [option, expected] : live_options) {
        expect_bad_input(kLive + " " + option, option + ": no value given; expected " + expected);
        // (--send '' is allowed: it sends nothing.)
        if (option != "--send")
            expect_bad_input(kLive + " " + option + " ''", option + ": no value given; expected " + expected);
    }
}

// CLI11 would say "The following argument was not expected: bogus" for all of these.
TEST(Cli, UnknownCommandsOptionsAndSurplusArgumentsAreNamed)
{
    expect_bad_input("bogus", "unknown command 'bogus'; expected list, show, run or live");
    // A scenario without the command: say how to run it.
    expect_bad_input("handshake",
                     "unknown command 'handshake'; expected list, show, run or live (to simulate it: "
                     "ackademy-cli run handshake)");
    expect_bad_input("--frob",
                     "unknown option '--frob'; expected a command (list, show, run or live), --help or "
                     "--version");
    expect_bad_input(
        "--seed 3 run handshake",
        "'--seed' is an option of run and live; expected it after the command, e.g. ackademy-cli run ... "
        "--seed");
    expect_bad_input("run handshake extra",
                     "run: unexpected argument 'extra'; expected one SCENARIO and options");
    expect_bad_input("run handshake extra more",
                     "run: unexpected arguments 'extra' and 'more'; expected one SCENARIO and options");
    // "2" is a second value for --loss, which takes one.
    expect_bad_input("run handshake --loss 0.1 2",
                     "run: unexpected argument '2'; expected one SCENARIO and options");
    expect_bad_input("show a b", "show: unexpected argument 'b'; expected one SCENARIO and options");
    expect_bad_input("list extra", "list: unexpected argument 'extra'; list takes no arguments");
    expect_bad_input("list run", "list: unexpected argument 'run'; list takes no arguments");
    expect_bad_input("live x", "live: unexpected argument 'x'; live takes only options");
    expect_bad_input("show",
                     "show: SCENARIO is required; expected a built-in name (see 'ackademy-cli list') or a "
                     ".json file");
    // An unknown option wins over the missing SCENARIO that CLI11 checks first.
    expect_bad_input("run --frob",
                     "run: unknown option '--frob'; see 'ackademy-cli run --help' for its options");
    expect_bad_input("run --version",
                     "run: '--version' is an option of ackademy-cli itself; expected it before the "
                     "command, e.g. ackademy-cli --version");
    // Typos: an option it begins, or one (two from 8 letters) edit away; --frob is not --drop.
    expect_bad_input("run handshake --sed 3", "run: unknown option '--sed'; did you mean --seed?");
    expect_bad_input("run handshake --abs", "run: unknown option '--abs'; did you mean --absolute?");
    expect_bad_input("run handshake --abslute", "run: unknown option '--abslute'; did you mean --absolute?");
    expect_bad_input(kLive + " --listn", "live: unknown option '--listn'; did you mean --listen?");
}

TEST(Cli, BadValuesAreRefusedInOurWords)
{
    // CLI11: "--seed: At Most 1 required but received 2".
    expect_bad_input("run handshake --seed 1 --seed 2",
                     "--seed: given 2 times ('1' and '2'); expected it once");
    // CLI11 would take it as 2^64 - 1.
    expect_bad_input("run handshake --seed 99999999999999999999",
                     "--seed: '99999999999999999999' is too large; expected a whole number from 0 to "
                     "18446744073709551615");
    expect_bad_input(kLive + " --prefix 99999999999",
                     "--prefix: '99999999999' is too large; expected a prefix length in 24..30");
    // CLI11: "Could not convert: --absolute = foo".
    expect_bad_input("run handshake --absolute=foo",
                     "--absolute: 'foo' is not a value for a flag; expected no value, or true or false");
    expect_bad_input("run handshake --until 1e999",
                     "--until: '1e999' is out of range; expected seconds greater than 0");
    expect_bad_input(kLive + " --close-after soon",
                     "--close-after: 'soon' is not a number; expected seconds in 0..86400");
    // CLI11: "--connect excludes --listen".
    expect_bad_input(kLive + " --listen", "live: give exactly one of --connect or --listen");
    expect_bad_input("live --local 10.77.0.2:3337",
                     "live: --peer is required; expected IPv4ADDRESS:PORT, e.g. "
                     "10.77.0.1:7788");
}

TEST(Cli, NumbersAreDecimalAndFlagsTakeYesOrNo)
{
    // strtoull with base 0, which CLI11 uses, reads 010 as octal 8.
    const std::string args = "run lossy-link --loss 0.3 --format summary --seed ";
    const RunResult eight = run_cli_stdout(args + "8");
    const RunResult ten = run_cli_stdout(args + "10");
    ASSERT_EQ(ten.exit_code, 0);
    ASSERT_NE(eight.out, ten.out) << "seeds 8 and 10 must differ for this test to mean anything";
    EXPECT_EQ(run_cli_stdout(args + "010").out, ten.out);
    EXPECT_EQ(run_cli_stdout("run handshake --delay +5 --format summary").out,
              run_cli_stdout("run handshake --delay 5 --format summary").out);
    EXPECT_EQ(run_cli_stdout("run handshake --absolute=yes").out,
              run_cli_stdout("run handshake --absolute").out);
    EXPECT_EQ(run_cli_stdout("run handshake --absolute=false").out, run_cli_stdout("run handshake").out);
}

// A binary file given as a scenario: one readable line naming the file, line and column, and
// the first byte in hexadecimal, never the raw byte 0x89 (not valid UTF-8).
TEST(Cli, BinaryFileAsScenarioIsOneReadableLine)
{
    const std::string png = temp_path("picture.json");
    {
        std::ofstream out(png, std::ios::binary);
        out << "\x89PNG\r\n\x1a\n";
    }
    expect_bad_input("run " + png,
                     png + ":1:1: not a JSON scenario: it starts with the byte 0x89; expected a JSON "
                           "object, which starts with '{'");
    expect_bad_input("show " + png,
                     png + ":1:1: not a JSON scenario: it starts with the byte 0x89; expected a JSON "
                           "object, which starts with '{'");
    std::filesystem::remove(png);
}

TEST(Cli, UnwritablePcapLeavesNoFile)
{
    const std::string dir = temp_path("no-such-dir");
    const RunResult r = run_stderr("run handshake --pcap " + dir + "/out.pcap");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1) << r.out;
    EXPECT_NE(r.out.find("out.pcap"), std::string::npos) << r.out;
    EXPECT_FALSE(std::filesystem::exists(dir + "/out.pcap"));
}

TEST(Cli, RunsAreDeterministicAndSeedsMatter)
{
    const std::string p1 = temp_path("d1.pcap");
    const std::string p2 = temp_path("d2.pcap");
    const std::string args = " run lossy-link --loss 0.3 --format jsonl --pcap ";
    const RunResult r1 = run_cli_stdout(args + p1);
    const RunResult r2 = run_cli_stdout(args + p2);
    ASSERT_EQ(r1.exit_code, 0);
    EXPECT_EQ(r1.out, r2.out);
    EXPECT_FALSE(read_file(p1).empty());
    EXPECT_EQ(read_file(p1), read_file(p2));
    const RunResult other = run_cli_stdout(args + p2 + " --seed 99");
    EXPECT_NE(other.out, r1.out);
    EXPECT_NE(read_file(p2), read_file(p1));
    std::filesystem::remove(p1);
    std::filesystem::remove(p2);
}
